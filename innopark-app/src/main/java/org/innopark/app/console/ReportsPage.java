package org.innopark.app.console;

import java.nio.charset.StandardCharsets;
import org.innopark.app.patent.ParkPatents;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.report.ParkReports;
import org.innopark.app.report.ReportSchedules;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * 统计报告: the park's report templates with their download buttons (PDF, Word, XLSX) per year (a report of one chain:
 * a chain choice, the year following the patents' cut-off), the scheduled reports
 * (添加 / 删除 for the park's staff) and the history, where a kept (scheduled) report downloads again.
 */
@Controller
class ReportsPage {

    private final ParkReports reports;
    private final ReportSchedules schedules;
    private final RegistryQueries registry;
    private final CurrentUser user;
    private final ParkPatents patents;

    ReportsPage(
            ParkReports reports,
            ReportSchedules schedules,
            RegistryQueries registry,
            CurrentUser user,
            ParkPatents patents) {
        this.reports = reports;
        this.schedules = schedules;
        this.registry = registry;
        this.user = user;
        this.patents = patents;
    }

    @GetMapping("/parks/{park}/reports")
    String reports(@PathVariable String park, Model model) {
        ParkScope scope = visible(park);
        model.addAttribute("park", registry.parkHeader(scope, park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("templates", reports.templates(scope, park));
        // a report of one chain (专利导航报告) is asked for with the chain; its year follows the patents' cut-off
        model.addAttribute("chains", patents.rules().chains());
        model.addAttribute("years", reports.years(scope, park));
        model.addAttribute("history", reports.history(scope, park, 20));
        model.addAttribute("schedules", schedules.list(scope, park));
        model.addAttribute("canSchedule", staff());
        return "report/index";
    }

    @PostMapping("/parks/{park}/reports/schedules")
    String addSchedule(
            @PathVariable String park,
            @RequestParam String templateId,
            @RequestParam String format,
            @RequestParam String cadence,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) Integer day,
            RedirectAttributes redirect) {
        ParkScope scope = staffScope(park);
        try {
            schedules.add(
                    scope,
                    user.username(),
                    park,
                    new ReportSchedules.Request(
                            templateId, format, cadence, "ANNUAL".equalsIgnoreCase(cadence) ? month : null, day));
            redirect.addFlashAttribute("scheduleSaved", true);
        } catch (ReportSchedules.InvalidSchedule e) {
            redirect.addFlashAttribute("scheduleError", e.getMessage());
        }
        return back(park);
    }

    @PostMapping("/parks/{park}/reports/schedules/{id}/delete")
    String removeSchedule(@PathVariable String park, @PathVariable long id) {
        ParkScope scope = staffScope(park);
        if (!schedules.remove(scope, user.username(), park, id)) {
            throw PageNotFound.park(park);
        }
        return back(park);
    }

    /** The park's staff only (a bank user gets "not found": reports hold the monitoring's cases and the targets). */
    private ParkScope visible(String park) {
        ParkScope scope = user.scope();
        if (!reports.visible(scope, park) || user.account().role() == Role.BANK) {
            throw PageNotFound.park(park);
        }
        return scope;
    }

    private ParkScope staffScope(String park) {
        ParkScope scope = visible(park);
        if (!staff()) {
            throw PageNotFound.park(park);
        }
        return scope;
    }

    private boolean staff() {
        Role role = user.account().role();
        return role != Role.ENTERPRISE && role != Role.BANK;
    }

    private static String back(String park) {
        return "redirect:/parks/" + UriUtils.encodePathSegment(park, StandardCharsets.UTF_8) + "/reports#schedules";
    }
}
