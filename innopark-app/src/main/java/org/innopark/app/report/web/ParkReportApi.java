package org.innopark.app.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.innopark.app.report.ParkReports;
import org.innopark.app.report.ParkReports.Format;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.report.ComposedReport;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A park's reports: the templates, a report (PDF, Word, the XLSX appendix, or the composed report as JSON — the same
 * sentences, tables and figures), and the history of issued reports. A park outside the caller's scope is "not
 * found"; every file handed out is recorded in the history and the audit log.
 */
@RestController
@RequestMapping("/api/v1/parks/{code}/reports")
@Tag(name = "reports", description = "统计公报与分析报告 / bulletins and analysis reports")
class ParkReportApi {

    private final ParkReports reports;
    private final CurrentUser user;

    ParkReportApi(ParkReports reports, CurrentUser user) {
        this.reports = reports;
        this.user = user;
    }

    /** The templates, the years with data and the latest issued reports. */
    record Overview(List<ParkReports.TemplateInfo> templates, List<Integer> years, List<ParkReports.Issued> history) {}

    @GetMapping
    @Operation(summary = "园区可用的报告模板、数据年度与已出具报告 / templates, years with data and issued reports")
    Overview overview(@PathVariable String code) {
        ParkScope scope = visible(code);
        return new Overview(
                reports.templates(scope, code), reports.years(scope, code), reports.history(scope, code, 50));
    }

    @GetMapping("/history")
    @Operation(summary = "已出具报告记录(最近在前)/ issued reports, newest first")
    List<ParkReports.Issued> history(@PathVariable String code, @RequestParam(defaultValue = "100") int limit) {
        ParkScope scope = visible(code);
        return reports.history(scope, code, Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/{template}")
    @Operation(
            summary = "生成报告:pdf、docx、xlsx(附表)或 json(正文与数字)/ a report as pdf, docx, xlsx (appendix) or json",
            description = "year 缺省为最近年报年度;文件格式的报告记入出具记录 / year defaults to the latest report year;"
                    + " a file is recorded in the history of issued reports")
    ResponseEntity<?> report(
            @PathVariable String code,
            @PathVariable String template,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "pdf") String format) {
        ParkScope scope = visible(code);
        try {
            if ("json".equalsIgnoreCase(format)) {
                ComposedReport r =
                        reports.compose(scope, code, template, year).orElseThrow(() -> notFound(code, template));
                return ResponseEntity.ok(r);
            }
            Format f = Format.parse(format);
            if (f == null) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "format 应为 pdf、docx、xlsx 或 json / format must be pdf, docx, xlsx or json");
            }
            ParkReports.Rendered r = reports.issue(scope, user.username(), code, template, year, f)
                    .orElseThrow(() -> notFound(code, template));
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(f.contentType()))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(r.fileName(), StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .header("X-Content-SHA256", r.sha256())
                    .body(r.bytes());
        } catch (RuleFileException e) {
            throw new ResponseStatusException(
                    HttpStatus.UNPROCESSABLE_CONTENT, "报告模板有误 / the report template is invalid: " + e.getMessage());
        }
    }

    private ParkScope visible(String code) {
        ParkScope scope = user.scope();
        if (!reports.visible(scope, code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到园区 " + code + " / no park " + code);
        }
        return scope;
    }

    private static ResponseStatusException notFound(String code, String template) {
        return new ResponseStatusException(
                HttpStatus.NOT_FOUND,
                "未找到报告模板 " + template + " 或园区 " + code + " 的年报数据 / no template " + template
                        + " or no annual reports of park " + code);
    }
}
