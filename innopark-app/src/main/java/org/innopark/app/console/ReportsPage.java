package org.innopark.app.console;

import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.report.ParkReports;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 统计报告: the park's report templates with their download buttons (PDF, Word, XLSX) per year, and the history. */
@Controller
class ReportsPage {

    private final ParkReports reports;
    private final RegistryQueries registry;
    private final CurrentUser user;

    ReportsPage(ParkReports reports, RegistryQueries registry, CurrentUser user) {
        this.reports = reports;
        this.registry = registry;
        this.user = user;
    }

    @GetMapping("/parks/{park}/reports")
    String reports(@PathVariable String park, Model model) {
        ParkScope scope = user.scope();
        if (!reports.visible(scope, park)) {
            throw PageNotFound.park(park);
        }
        model.addAttribute("park", registry.parkHeader(scope, park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("templates", reports.templates(scope, park));
        model.addAttribute("years", reports.years(scope, park));
        model.addAttribute("history", reports.history(scope, park, 20));
        return "report/index";
    }
}
