package org.innopark.app.incubation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.innopark.app.incubation.Incubation;
import org.innopark.app.incubation.IncubationException;
import org.innopark.app.incubation.IncubationImport;
import org.innopark.app.incubation.IncubationViews;
import org.innopark.app.incubation.TorchSurvey;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.CurrentUser;
import org.innopark.engine.incubation.Lifecycle;
import org.innopark.engine.incubation.TenancyState;
import org.innopark.engine.registry.InvalidValueException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The incubation API under {@code /api/v1}: a park's funnel and carriers against the 国家级 thresholds, a carrier's
 * tenants, KPIs and gaps, a tenancy's moves (checked and audited), a carrier's profile, the imports (whole file or
 * nothing), the Torch survey tables (JSON, XLSX) and an enterprise's incubation history. Park staff; an enterprise
 * user reads its own history; another park is "not found".
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "incubation", description = "孵化育成 / incubation")
class IncubationApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Incubation incubation;
    private final IncubationImport imports;
    private final TorchSurvey survey;
    private final RegistryReads registry;
    private final CurrentUser user;

    IncubationApi(
            Incubation incubation,
            IncubationImport imports,
            TorchSurvey survey,
            RegistryReads registry,
            CurrentUser user) {
        this.incubation = incubation;
        this.imports = imports;
        this.survey = survey;
        this.registry = registry;
        this.user = user;
    }

    record MoveInput(
            String to,
            LocalDate date,
            String agreementNo,
            BigDecimal areaM2,
            String place,
            String criterion,
            String reason) {}

    record ProfileInput(String variant, Boolean remote, LocalDate openedOn) {}

    record ImportView(String kind, int rows) {}

    @GetMapping("/parks/{code}/incubation")
    @Operation(summary = "园区孵化漏斗与各载体对照国家级条件的差距 / the park's funnel and its carriers against the thresholds")
    IncubationViews.ParkView park(@PathVariable String code, @RequestParam(required = false) LocalDate asOf) {
        return incubation.park(user.account(), code, asOf);
    }

    @GetMapping("/parks/{code}/incubation/carriers/{carrier}")
    @Operation(summary = "载体: 分状态在孵企业、毕业及条件、超期、KPI / a carrier's tenants, graduations, overdue and KPIs")
    IncubationViews.CarrierView carrier(
            @PathVariable String code, @PathVariable String carrier, @RequestParam(required = false) LocalDate asOf) {
        return incubation.carrier(user.account(), code, carrier, asOf);
    }

    @PostMapping("/parks/{code}/incubation/tenancies/{id}/transitions")
    @Operation(summary = "状态变更(按规则文件校验, 审计) / move a tenancy to another state (checked, audited)")
    IncubationViews.Tenant move(@PathVariable String code, @PathVariable long id, @RequestBody MoveInput in) {
        TenancyState to;
        try {
            to = TenancyState.ofCode(in.to());
        } catch (InvalidValueException e) {
            throw new IncubationException(List.of(e.messageZh() + " / " + e.messageEn()));
        }
        return incubation.move(
                user.account(),
                code,
                id,
                new Lifecycle.Move(
                        to, in.date(), in.agreementNo(), in.areaM2(), in.place(), in.criterion(), in.reason()));
    }

    @PutMapping("/parks/{code}/incubation/carriers/{carrier}/profile")
    @Operation(summary = "载体类别(综合/专业)、边远地区、开始运营日期 / a carrier's variant, remote area, opening day")
    ResponseEntity<Void> profile(
            @PathVariable String code, @PathVariable String carrier, @RequestBody ProfileInput in) {
        incubation.saveProfile(
                user.account(),
                code,
                new IncubationViews.Profile(
                        carrier,
                        in.variant() == null ? "comprehensive" : in.variant(),
                        Boolean.TRUE.equals(in.remote()),
                        in.openedOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/parks/{code}/incubation/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入入孵企业名册(tenancies)或载体填报数据(figures), 全部通过才写入 / import a whole file or nothing")
    ResponseEntity<?> importFile(
            @PathVariable String code, @PathVariable String kind, @RequestParam("file") MultipartFile file)
            throws IOException {
        Account account = user.account();
        incubation.checkStaff(account, code);
        boolean tenancies = tenancies(kind);
        try {
            int rows = imports.upload(
                    account.username(), code, tenancies, file.getOriginalFilename(), file.getInputStream());
            return ResponseEntity.ok(new ImportView(kind, rows));
        } catch (AnalystInputException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(e.answer());
        }
    }

    @GetMapping("/incubation/templates/{kind}")
    @Operation(summary = "下载导入模板(tenancies / figures) / download an import template")
    ResponseEntity<byte[]> template(@PathVariable String kind) throws IOException {
        AnalystSheet.Spec spec =
                tenancies(kind) ? IncubationImport.TENANCIES : IncubationImport.figuresSpec(incubation.forms());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalystSheet.template(spec, out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"incubation-" + kind + "-template.xlsx\"")
                .body(out.toByteArray());
    }

    @GetMapping("/parks/{code}/incubation/survey")
    @Operation(summary = "火炬统计: 孵化器与众创空间统计表及校验 / the Torch survey tables of a year with their checks")
    List<IncubationViews.SurveyTable> surveyTables(@PathVariable String code, @RequestParam int year) {
        return survey.tables(user.account(), code, year);
    }

    @GetMapping("/parks/{code}/incubation/survey.xlsx")
    @Operation(summary = "火炬统计表 XLSX(金额千元) / the Torch survey workbook (money in 千元)")
    ResponseEntity<byte[]> surveyXlsx(@PathVariable String code, @RequestParam int year) throws IOException {
        List<IncubationViews.SurveyTable> tables = survey.tables(user.account(), code, year);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TorchSurvey.xlsx(tables, registry.parkName(code).orElse(code), out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"torch-carriers-" + code + "-" + year + ".xlsx\"")
                .body(out.toByteArray());
    }

    @GetMapping("/enterprises/{creditCode}/incubation")
    @Operation(summary = "企业的入孵记录与状态变更(跨载体) / an enterprise's tenancies and moves across carriers")
    IncubationViews.EnterpriseHistory enterprise(@PathVariable String creditCode) {
        return incubation.enterprise(user.account(), creditCode);
    }

    private static boolean tenancies(String kind) {
        return switch (kind) {
            case "tenancies" -> true;
            case "figures" -> false;
            default ->
                throw new IncubationException.NotFound("无此导入类型 / no such import: " + kind + " (tenancies, figures)");
        };
    }

    @ExceptionHandler(IncubationException.class)
    ResponseEntity<Map<String, Object>> refused(IncubationException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of("message", e.getMessage(), "problems", e.problems()));
    }

    @ExceptionHandler(IncubationException.NotFound.class)
    ResponseEntity<Map<String, String>> notFound(IncubationException.NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
    }
}
