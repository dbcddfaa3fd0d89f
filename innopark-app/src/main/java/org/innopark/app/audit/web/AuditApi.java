package org.innopark.app.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.audit.AuditReaders;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.shared.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 审计日志 API: changes and whole-file imports, newest first, for the system administrator (all parks) and park
 * administrators (their park's).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "audit", description = "审计日志 / audit log")
class AuditApi {

    private final AuditLog audit;
    private final CurrentUser user;

    AuditApi(AuditLog audit, CurrentUser user) {
        this.audit = audit;
        this.user = user;
    }

    @GetMapping("/audit")
    @Operation(
            summary = "审计日志:按用户、对象、日期筛选,分页 / the audit log, by user, entity and date, paged",
            description = "entity: account, annual_report, points_consent, park_figure, import")
    Page<AuditLog.Event> events(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        String park = AuditReaders.park(this.user.account()).orElse(null);
        if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "page 应 ≥ 0,size 应在 1–" + Page.MAX_SIZE + " 之间 / page must be >= 0 and size 1-" + Page.MAX_SIZE);
        }
        return audit.search(park, new AuditLog.Filter(user, entity, from, to), page, size);
    }
}
