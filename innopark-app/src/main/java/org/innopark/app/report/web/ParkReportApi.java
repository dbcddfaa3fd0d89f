package org.innopark.app.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.innopark.app.patent.PatentNotFoundException;
import org.innopark.app.report.ParkReports;
import org.innopark.app.report.ParkReports.Format;
import org.innopark.app.report.ReportSchedules;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.engine.report.ComposedReport;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    private final ReportSchedules schedules;
    private final CurrentUser user;

    ParkReportApi(ParkReports reports, ReportSchedules schedules, CurrentUser user) {
        this.reports = reports;
        this.schedules = schedules;
        this.user = user;
    }

    @GetMapping("/schedules")
    @Operation(summary = "定期报告(每年/每月自动生成并保存)/ the park's scheduled reports")
    List<ReportSchedules.Schedule> schedules(@PathVariable String code) {
        return schedules.list(visible(code), code);
    }

    @PostMapping("/schedules")
    @Operation(
            summary = "新增定期报告 / add a scheduled report",
            description = "cadence: ANNUAL(month 1–12 与 day)或 MONTHLY(day);day 为 1–28;每期到期后的首次运行生成一次"
                    + " / ANNUAL with month and day, or MONTHLY with day (1–28); each period is issued once, at the"
                    + " first run on or after its day")
    ResponseEntity<ReportSchedules.Schedule> addSchedule(
            @PathVariable String code, @RequestBody ReportSchedules.Request request) {
        ParkScope scope = staff(code);
        try {
            ReportSchedules.Schedule s =
                    schedules.add(scope, user.username(), code, request).orElseThrow(() -> notFound(code));
            return ResponseEntity.status(HttpStatus.CREATED).body(s);
        } catch (ReportSchedules.InvalidSchedule e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @DeleteMapping("/schedules/{id}")
    @Operation(summary = "删除定期报告 / remove a scheduled report")
    ResponseEntity<Void> removeSchedule(@PathVariable String code, @PathVariable long id) {
        ParkScope scope = staff(code);
        if (!schedules.remove(scope, user.username(), code, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到定期报告 " + id + " / no schedule " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/issued/{id}")
    @Operation(summary = "下载已保存的报告(定期生成的报告)/ download a kept (scheduled) report")
    ResponseEntity<byte[]> issued(@PathVariable String code, @PathVariable long id) {
        ReportSchedules.StoredReport r = schedules
                .stored(visible(code), code, id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "未找到已保存的报告 " + id + " / no kept report " + id));
        return file(r.issued().fileName(), r.format(), r.issued().sha256(), r.bytes());
    }

    private ParkScope staff(String code) {
        ParkScope scope = visible(code);
        Role role = user.account().role();
        if (role == Role.ENTERPRISE || role == Role.BANK) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "仅园区工作人员可用 / for park staff only");
        }
        return scope;
    }

    private static ResponseStatusException notFound(String code) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到园区 " + code + " / no park " + code);
    }

    private static ResponseEntity<byte[]> file(String fileName, Format f, String sha256, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", sha256)
                .body(bytes);
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
                    + " a file is recorded in the history of issued reports; chain 为按产业链出具的模板(专利导航报告)选择产业链,"
                    + " 缺省为专利最多的产业链 / chain picks the chain of a per-chain template (patent-navigation)")
    ResponseEntity<?> report(
            @PathVariable String code,
            @PathVariable String template,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) String chain) {
        ParkScope scope = visible(code);
        String of = chain == null || chain.isBlank() ? null : chain.strip();
        try {
            if ("json".equalsIgnoreCase(format)) {
                ComposedReport r =
                        reports.compose(scope, code, template, year, of).orElseThrow(() -> notFound(code, template));
                return ResponseEntity.ok(r);
            }
            Format f = Format.parse(format);
            if (f == null) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "format 应为 pdf、docx、xlsx 或 json / format must be pdf, docx, xlsx or json");
            }
            ParkReports.Rendered r = reports.issue(scope, user.username(), code, template, year, f, of)
                    .orElseThrow(() -> notFound(code, template));
            return file(r.fileName(), f, r.sha256(), r.bytes());
        } catch (RuleFileException e) {
            throw new ResponseStatusException(
                    HttpStatus.UNPROCESSABLE_CONTENT, "报告模板有误 / the report template is invalid: " + e.getMessage());
        } catch (PatentNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /**
     * The park's staff only: a bank user's scope is the park's too, but reports carry what a bank must not see (the
     * monitoring's cases of firms in trouble, the chain targets), so for a bank the park's reports do not exist.
     */
    private ParkScope visible(String code) {
        ParkScope scope = user.scope();
        if (!reports.visible(scope, code) || user.account().role() == Role.BANK) {
            throw notFound(code);
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
