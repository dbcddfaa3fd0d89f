package org.innopark.app.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.innopark.app.registry.CreditRegister;
import org.innopark.app.security.CurrentUser;
import org.innopark.engine.registry.AbnormalListingReason;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.CreditRecordType;
import org.innopark.engine.registry.IncidentLevel;
import org.innopark.engine.registry.InvalidValueException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 信用与合规记录 API: an enterprise's records (read; added, replaced or deleted one at a time by the park's staff, each
 * change audited) and a park's coverage declarations. Whole files go through {@code POST /api/v1/imports} with the
 * table {@code credit_record} or {@code credit_coverage}. Money in yuan; dates ISO (yyyy-MM-dd).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "credit", description = "信用与合规记录、覆盖声明 / credit and compliance records, coverage declarations")
class CreditApi {

    private final CreditRegister register;
    private final CurrentUser user;

    CreditApi(CreditRegister register, CurrentUser user) {
        this.register = register;
        this.user = user;
    }

    /** A record as the API reads and writes it: codes or Chinese names for the code lists. */
    record RecordJson(
            String type,
            String typeName,
            String referenceNo,
            LocalDate date,
            LocalDate removedOn,
            String reason,
            String category,
            BigDecimal amount,
            String level,
            String authority,
            String source) {}

    record CoverageJson(
            String park,
            String type,
            String typeName,
            LocalDate completeSince,
            LocalDate completeThrough,
            String source,
            String declaredBy) {}

    @GetMapping("/enterprises/{creditCode}/credit-records")
    @Operation(summary = "企业的信用与合规记录 / an enterprise's credit and compliance records")
    List<RecordJson> records(@PathVariable String creditCode) {
        Locale locale = LocaleContextHolder.getLocale();
        return register.records(user.scope(), normalise(creditCode)).orElseThrow(() -> notFound(creditCode)).stream()
                .map(r -> json(r, locale))
                .toList();
    }

    @PostMapping(path = "/enterprises/{creditCode}/credit-records", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "登记或替换一条记录(按记录类型与文书编号),写入审计日志 / add or replace a record (by type and reference"
                    + " number), audited")
    RecordJson save(@PathVariable String creditCode, @RequestBody RecordJson body) {
        String code = normalise(creditCode);
        if (!CreditCode.isValid(code)) {
            throw notFound(creditCode);
        }
        CreditRecord record = new CreditRecord(
                CreditCode.of(code),
                body.type() == null ? null : CreditRecordType.parse(body.type()),
                body.referenceNo(),
                body.date(),
                body.removedOn(),
                body.reason() == null || body.reason().isBlank() ? null : AbnormalListingReason.parse(body.reason()),
                body.category(),
                body.amount(),
                body.level() == null || body.level().isBlank() ? null : IncidentLevel.parse(body.level()),
                body.authority(),
                body.source());
        CreditRecord saved = register.save(user.account(), record).orElseThrow(() -> notFound(creditCode));
        return json(saved, LocaleContextHolder.getLocale());
    }

    @DeleteMapping("/enterprises/{creditCode}/credit-records")
    @Operation(summary = "删除一条记录,写入审计日志 / delete a record, audited")
    ResponseEntity<Void> delete(
            @PathVariable String creditCode, @RequestParam String type, @RequestParam String referenceNo) {
        if (!register.delete(user.account(), normalise(creditCode), CreditRecordType.parse(type), referenceNo)) {
            throw notFound(creditCode);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/parks/{code}/credit-coverage")
    @Operation(summary = "园区的信用记录覆盖声明 / a park's coverage declarations")
    List<CoverageJson> coverage(@PathVariable String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return register
                .coverage(user.scope(), code)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到园区 " + code + " / no park " + code))
                .stream()
                .map(d -> json(d, locale))
                .toList();
    }

    @PutMapping(path = "/parks/{code}/credit-coverage/{type}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "声明某类记录自何日起、截至何日完整及其来源,写入审计日志 / declare a record type complete since and"
                    + " through a day, with its source; audited")
    CoverageJson declare(@PathVariable String code, @PathVariable String type, @RequestBody CoverageJson body) {
        CoverageDeclaration d = new CoverageDeclaration(
                code,
                CreditRecordType.parse(type),
                body.completeSince(),
                body.completeThrough(),
                body.source(),
                body.declaredBy() == null ? user.username() : body.declaredBy());
        return json(
                register.declare(user.account(), d)
                        .orElseThrow(() -> new ResponseStatusException(
                                HttpStatus.NOT_FOUND, "未找到园区 " + code + " / no park " + code)),
                LocaleContextHolder.getLocale());
    }

    @DeleteMapping("/parks/{code}/credit-coverage/{type}")
    @Operation(summary = "撤回覆盖声明,写入审计日志 / withdraw a coverage declaration, audited")
    ResponseEntity<Void> withdraw(@PathVariable String code, @PathVariable String type) {
        if (!register.withdraw(user.account(), code, CreditRecordType.parse(type))) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "园区 " + code + " 无此声明 / no such declaration of park " + code);
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<String> invalid(InvalidValueException e) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.TEXT_PLAIN)
                .body(e.message(LocaleContextHolder.getLocale()));
    }

    static RecordJson json(CreditRecord r, Locale locale) {
        return new RecordJson(
                r.type().code(),
                r.type().label(locale),
                r.referenceNo(),
                r.date(),
                r.removedOn(),
                r.reason() == null ? null : r.reason().code(),
                r.category(),
                r.amount(),
                r.level() == null ? null : r.level().code(),
                r.authority(),
                r.source());
    }

    static CoverageJson json(CoverageDeclaration d, Locale locale) {
        return new CoverageJson(
                d.parkCode(),
                d.type().code(),
                d.type().label(locale),
                d.completeSince(),
                d.completeThrough(),
                d.source(),
                d.declaredBy());
    }

    private static String normalise(String creditCode) {
        return creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到企业 " + id + " / no enterprise " + id);
    }
}
