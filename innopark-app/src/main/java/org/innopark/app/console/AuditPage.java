package org.innopark.app.console;

import java.time.LocalDate;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.audit.AuditReaders;
import org.innopark.app.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 审计日志 page: changes with what they changed, and file imports, newest first, filtered by user, entity and date.
 * The system administrator sees every park's, a park administrator its own park's.
 */
@Controller
class AuditPage {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final CurrentUser user;

    AuditPage(AuditLog audit, CurrentUser user) {
        this.audit = audit;
        this.user = user;
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String park = AuditReaders.park(this.user.account()).orElse(null);
        String known = entity != null && AuditLog.ENTITIES.contains(entity) ? entity : null;
        AuditLog.Filter filter = new AuditLog.Filter(blankToNull(user), known, from, to);
        model.addAttribute("events", audit.search(park, filter, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("entities", AuditLog.ENTITIES);
        return "admin/audit";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
