package org.innopark.app.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.innopark.app.monitor.CaseAction;
import org.innopark.app.monitor.CaseOutcome;
import org.innopark.app.monitor.MonitorCases;
import org.innopark.app.monitor.MonitorScans;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 监测预警: the park's open cases with their age and time limit, the latest alerts with their explanations, each
 * rule's outcomes (its false-alarm rate), the recently resolved cases; a case's page with its alerts, its steps and
 * the forms of the steps its state allows (分派, 开始走访, 办结 with outcome and notes, 回访, 重新打开). For the park's
 * staff only; another park, or another park's case, is "not found".
 */
@Controller
class MonitorPage {

    private final MonitorCases cases;
    private final MonitorScans scans;
    private final RegistryQueries registry;
    private final CurrentUser user;
    private final MessageSource messages;

    MonitorPage(
            MonitorCases cases,
            MonitorScans scans,
            RegistryQueries registry,
            CurrentUser user,
            MessageSource messages) {
        this.cases = cases;
        this.scans = scans;
        this.registry = registry;
        this.user = user;
        this.messages = messages;
    }

    @GetMapping("/parks/{park}/monitor")
    String page(@PathVariable String park, Model model) {
        Accounts.Account account = user.account();
        List<MonitorCases.CaseView> all = cases.cases(account, park, false).orElseThrow(() -> PageNotFound.park(park));
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("open", all.stream().filter(c -> c.state().open()).toList());
        model.addAttribute(
                "resolved",
                all.stream()
                        .filter(c -> !c.state().open())
                        .sorted(java.util.Comparator.comparing(MonitorCases.CaseView::resolvedAt)
                                .reversed())
                        .limit(20)
                        .toList());
        model.addAttribute(
                "overdue",
                all.stream()
                        .filter(c -> c.standing().status() == org.innopark.app.monitor.CaseSla.Status.OVERDUE)
                        .count());
        model.addAttribute("alerts", cases.alerts(account, park, null, 60).orElse(List.of()));
        model.addAttribute("rules", cases.outcomes(account, park).orElse(List.of()));
        model.addAttribute("mayScan", account.role() != Role.PARK_ANALYST);
        model.addAttribute("sla", cases.sla().header());
        return "monitor/index";
    }

    @GetMapping("/parks/{park}/monitor/cases/{id}")
    String casePage(@PathVariable String park, @PathVariable long id, Model model) {
        Accounts.Account account = user.account();
        MonitorCases.CaseDetail detail =
                cases.detail(account, park, id).orElseThrow(() -> PageNotFound.park(park + " case " + id));
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("c", detail.view());
        model.addAttribute(
                "actions", detail.view().actions().stream().map(Enum::name).toList());
        model.addAttribute("steps", detail.steps());
        model.addAttribute("caseAlerts", detail.alerts());
        model.addAttribute("outcomes", CaseOutcome.values());
        return "monitor/case";
    }

    @PostMapping("/parks/{park}/monitor/cases/{id}/{action}")
    String act(
            @PathVariable String park,
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String officer,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String notes,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Accounts.Account account = user.account();
        CaseAction a = CaseAction.parse(action);
        if (a == null || !cases.mayRead(account, park)) {
            throw PageNotFound.park(park);
        }
        String error;
        try {
            cases.act(account, park, id, a, officer, CaseOutcome.parse(outcome), notes)
                    .orElseThrow(() -> PageNotFound.park(park + " case " + id));
            redirect.addFlashAttribute(
                    "success", messages.getMessage("monitor.stepDone", new Object[] {a.label(locale)}, locale));
            return "redirect:/parks/" + park + "/monitor/cases/" + id;
        } catch (MonitorCases.Conflict e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            error = e.getMessage();
        } catch (MonitorCases.Invalid e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            error = e.getMessage();
        }
        model.addAttribute("error", error);
        return casePage(park, id, model);
    }

    @PostMapping("/parks/{park}/monitor/scan")
    String scan(@PathVariable String park, Locale locale, RedirectAttributes redirect) {
        Accounts.Account account = user.account();
        if (!cases.mayRead(account, park)) {
            throw PageNotFound.park(park);
        }
        if (account.role() == Role.PARK_ANALYST) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        MonitorScans.Result r = scans.scanAndStore(park, account.username());
        redirect.addFlashAttribute(
                "success",
                messages.getMessage(
                        "monitor.scanDone",
                        new Object[] {r.latest() == null ? "—" : r.latest().toString(), r.newAlerts(), r.newCases()},
                        locale));
        return "redirect:/parks/" + park + "/monitor";
    }
}
