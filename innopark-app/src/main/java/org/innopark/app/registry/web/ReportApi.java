package org.innopark.app.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.registry.MonthlyReports;
import org.innopark.app.registry.ReportSubmission;
import org.innopark.app.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 企业年报填报 API: one enterprise's report for one year, read and replaced whole. Open to the enterprise's own user,
 * its park's administrators and analysts, and the system administrator; an enterprise outside the caller's scope is
 * "not found". Money is in yuan. A report with problems answers 400 listing each field, value and message (in the
 * reader's language and in both), and writes nothing.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry", description = "园区、企业与企业年报 / parks, enterprises and annual reports")
class ReportApi {

    /** Decimals read exactly: a double would round money. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final ReportSubmission reports;
    private final MonthlyReports monthly;
    private final CurrentUser user;
    private final MessageSource messages;

    ReportApi(ReportSubmission reports, MonthlyReports monthly, CurrentUser user, MessageSource messages) {
        this.reports = reports;
        this.monthly = monthly;
        this.user = user;
        this.messages = messages;
    }

    /** A year's report: figures by field key (see ReportField), money in yuan; figures not reported are absent. */
    record ReportJson(String creditCode, int year, Map<String, BigDecimal> figures) {}

    @GetMapping("/enterprises/{creditCode}/reports/{year}")
    @Operation(summary = "企业某年度年报(金额单位:元)/ an enterprise's annual report for a year (money in yuan)")
    ReportJson get(@PathVariable String creditCode, @PathVariable int year) {
        ReportSubmission.Report r =
                reports.read(user.account(), creditCode, year).orElseThrow(() -> notFound(creditCode));
        if (r.figures().isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "企业 " + creditCode + " 无 " + year + " 年报 / no " + year + " report of " + creditCode);
        }
        return new ReportJson(r.creditCode(), r.year(), r.figures());
    }

    @PutMapping(path = "/enterprises/{creditCode}/reports/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "填报或替换企业某年度年报:{\"figures\": {字段: 数值}},全部通过才写入 / submit or replace a year's report:"
                    + " {\"figures\": {field: value}}, all figures or none")
    ReportJson put(@PathVariable String creditCode, @PathVariable int year, @RequestBody String body) {
        Map<String, Object> figures = figures(body);
        ReportSubmission.Report r =
                reports.submit(user.account(), creditCode, year, figures).orElseThrow(() -> notFound(creditCode));
        return new ReportJson(r.creditCode(), r.year(), r.figures());
    }

    /** A month's report: the period (YYYY-MM) and figures by key (see MonthlyReports.Figure), money in yuan. */
    record MonthlyJson(String creditCode, String period, Map<String, BigDecimal> figures) {}

    @GetMapping("/enterprises/{creditCode}/monthly-reports")
    @Operation(summary = "企业的月度报表,按期间排序(金额单位:元)/ an enterprise's monthly reports, oldest first (money in yuan)")
    List<MonthlyJson> monthly(@PathVariable String creditCode) {
        return monthly.read(user.account(), creditCode).orElseThrow(() -> notFound(creditCode)).stream()
                .map(m -> new MonthlyJson(m.creditCode().value(), m.period().toString(), MonthlyReports.figures(m)))
                .toList();
    }

    @PutMapping(
            path = "/enterprises/{creditCode}/monthly-reports/{period}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "填报或替换企业某月的月度报表:{\"figures\": {revenue, taxesPaid, insuredStaff, electricityKwh, ...}},"
                    + "金额单位为元,全部通过才写入 / submit or replace a month: all figures or none (money in yuan)")
    MonthlyJson putMonthly(@PathVariable String creditCode, @PathVariable String period, @RequestBody String body) {
        org.innopark.engine.registry.MonthlyReport m = monthly.submit(user.account(), creditCode, period, figures(body))
                .orElseThrow(() -> notFound(creditCode));
        return new MonthlyJson(m.creditCode().value(), m.period().toString(), MonthlyReports.figures(m));
    }

    @ExceptionHandler(ReportSubmission.Rejected.class)
    ResponseEntity<Map<String, Object>> rejected(ReportSubmission.Rejected e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("field", p.field());
                    m.put("value", p.value());
                    m.put("message", p.message(locale));
                    m.put("messageZh", p.messageZh());
                    m.put("messageEn", p.messageEn());
                    return m;
                })
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", messages.getMessage("report.rejected", null, locale));
        body.put("messageZh", messages.getMessage("report.rejected", null, Locale.SIMPLIFIED_CHINESE));
        body.put("messageEn", messages.getMessage("report.rejected", null, Locale.ENGLISH));
        body.put("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    /** The figures of {@code {"figures": {...}}}: numbers exactly, text as typed, null as not reported. */
    private static Map<String, Object> figures(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "不是有效的 JSON / not valid JSON");
        }
        JsonNode figures = root == null ? null : root.get("figures");
        if (figures == null || !figures.isObject()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "应为 {\"figures\": {...}} / expected {\"figures\": {...}}");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : figures.properties()) {
            JsonNode v = e.getValue();
            values.put(
                    e.getKey(),
                    v.isNull()
                            ? null
                            : v.isNumber()
                                    ? v.decimalValue().toPlainString()
                                    : v.isString() ? v.asString() : v.toString());
        }
        return values;
    }

    private static ResponseStatusException notFound(String creditCode) {
        return new ResponseStatusException(
                HttpStatus.NOT_FOUND, "未找到企业 " + creditCode + " / no enterprise " + creditCode);
    }
}
