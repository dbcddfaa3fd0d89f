package org.innopark.app.console;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.ladder.DeclaredAssessments;
import org.innopark.app.ladder.ParkLadder;
import org.innopark.app.ladder.VerdictView;
import org.innopark.app.monitor.MonitorCases;
import org.innopark.app.points.InnovationPoints;
import org.innopark.app.registry.CreditRegister;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.registry.RegistryQueries.ReportView;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.ReportField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * 企业画像: one enterprise's registration, its annual figures over the years, the qualifications it holds and when
 * they expire, its verdict against every scheme of the ladder with what is missing, and its innovation points. An
 * enterprise user sees its own enterprise only; park staff the enterprises of their park.
 */
@Controller
class EnterpriseProfilePage {

    /** A certificate expiring within this many months is flagged. */
    static final int EXPIRY_WARNING_MONTHS = 6;

    private final RegistryQueries registry;
    private final CreditRegister credit;
    private final DeclaredAssessments declarations;
    private final ParkLadder ladder;
    private final InnovationPoints points;
    private final CurrentUser user;
    private final ConsoleText text;
    private final MonitorCases monitor;
    private final org.innopark.app.incubation.Incubation incubation;

    EnterpriseProfilePage(
            RegistryQueries registry,
            CreditRegister credit,
            DeclaredAssessments declarations,
            ParkLadder ladder,
            InnovationPoints points,
            CurrentUser user,
            ConsoleText text,
            MonitorCases monitor,
            org.innopark.app.incubation.Incubation incubation) {
        this.monitor = monitor;
        this.incubation = incubation;
        this.registry = registry;
        this.credit = credit;
        this.declarations = declarations;
        this.ladder = ladder;
        this.points = points;
        this.user = user;
        this.text = text;
    }

    /** The enterprise's tenancies in the carriers, or null when it has none or the reader may not see them. */
    private org.innopark.app.incubation.IncubationViews.EnterpriseHistory incubationHistory(
            org.innopark.app.security.Accounts.Account account, String creditCode) {
        try {
            var h = incubation.enterprise(account, creditCode);
            return h.tenancies().isEmpty() ? null : h;
        } catch (org.innopark.app.incubation.IncubationException.NotFound e) {
            return null;
        }
    }

    /** A row of the annual-data table: a field and its value in each year, formatted. */
    record FigureRow(ReportField field, List<String> values) {}

    /** A qualification with how its expiry stands today: VALID, EXPIRING (within the warning window) or EXPIRED. */
    record HeldView(RegistryQueries.QualificationView q, String state) {}

    @GetMapping("/enterprises/{creditCode}")
    String profile(
            @PathVariable String creditCode, @RequestParam(required = false) Integer year, Model model, Locale locale) {
        var account = user.account();
        ParkScope scope = account.scope();
        var enterprise = registry.enterprise(scope, creditCode).orElseThrow(() -> PageNotFound.enterprise(creditCode));
        List<ReportView> reports = registry.reports(scope, enterprise.creditCode());
        Integer shown = year != null
                ? year
                : reports.isEmpty() ? null : reports.get(reports.size() - 1).year();
        model.addAttribute("e", enterprise);
        var park = registry.parkHeader(scope, enterprise.parkCode()).orElse(null);
        model.addAttribute("park", park);
        model.addAttribute(
                "subParkName",
                park == null
                        ? null
                        : park.subParks().stream()
                                .filter(s -> s.code().equals(enterprise.subParkCode()))
                                .map(RegistryQueries.SubParkView::name)
                                .findFirst()
                                .orElse(null));
        model.addAttribute("year", shown);
        model.addAttribute("years", reports.stream().map(ReportView::year).toList());
        model.addAttribute("figures", figures(reports));
        model.addAttribute("held", held(registry.qualifications(scope, enterprise.creditCode()), LocalDate.now()));
        List<VerdictView> verdicts = new ArrayList<>();
        if (shown != null) {
            ladder.enterprise(scope, enterprise.creditCode(), shown)
                    .ifPresent(a -> a.assessments().forEach(x -> verdicts.add(VerdictView.of(x, locale))));
        }
        model.addAttribute("verdicts", verdicts);
        model.addAttribute(
                "creditRecords", credit.records(scope, enterprise.creditCode()).orElse(List.of()));
        model.addAttribute(
                "points",
                shown == null
                        ? null
                        : points.explanation(scope, enterprise.creditCode(), shown, InnovationPoints.scheme(null))
                                .orElse(null));
        model.addAttribute("canEdit", account.role() != Role.BANK);
        model.addAttribute(
                "declarable",
                shown == null
                        ? List.of()
                        : declarations
                                .declarable(scope, enterprise.creditCode(), DECLARED_SCHEME, shown)
                                .orElse(List.of()));
        model.addAttribute("chart", chart(reports));
        model.addAttribute(
                "monitor", monitor.enterprise(account, enterprise.creditCode()).orElse(null));
        model.addAttribute("incubation", incubationHistory(account, enterprise.creditCode()));
        return "enterprises/profile";
    }

    /**
     * Saves the expert assessments declared on the profile for a year (the form of {@link #DECLARED_SCHEME}'s
     * declarable facts; an empty field withdraws one) and shows the profile of that year again.
     */
    @PostMapping("/enterprises/{creditCode}/declared-assessments")
    String declare(
            @PathVariable String creditCode,
            @RequestParam int year,
            @RequestParam Map<String, String> params,
            Locale locale,
            RedirectAttributes redirect) {
        var account = user.account();
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(FACT_PREFIX)) {
                values.put(k.substring(FACT_PREFIX.length()), v);
            }
        });
        try {
            declarations
                    .declare(account, creditCode, year, values)
                    .orElseThrow(() -> PageNotFound.enterprise(creditCode));
            redirect.addFlashAttribute("declared", true);
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("declareError", e.message(locale));
        }
        return "redirect:/enterprises/" + UriUtils.encodePathSegment(creditCode, StandardCharsets.UTF_8) + "?year="
                + year + "#declared";
    }

    /** The scheme whose expert scores the profile's form declares: 高新技术企业's 创新能力评价 sub-scores. */
    static final String DECLARED_SCHEME = "high-tech";

    /** The prefix of a declared fact's form field. */
    static final String FACT_PREFIX = "fact.";

    private List<FigureRow> figures(List<ReportView> reports) {
        List<FigureRow> rows = new ArrayList<>();
        for (ReportField f : ReportField.values()) {
            List<String> values = new ArrayList<>();
            boolean any = false;
            for (ReportView r : reports) {
                var v = r.figures().get(f.key());
                any |= v != null;
                values.add(v == null ? "—" : f.isMoney() ? text.wan(v) : text.count(v));
            }
            if (any) {
                rows.add(new FigureRow(f, values));
            }
        }
        return rows;
    }

    private static List<HeldView> held(List<RegistryQueries.QualificationView> qualifications, LocalDate today) {
        List<HeldView> out = new ArrayList<>();
        for (var q : qualifications) {
            String state;
            if (q.expiresOn() == null) {
                state = "VALID";
            } else if (q.expiresOn().isBefore(today)) {
                state = "EXPIRED";
            } else if (q.expiresOn().isBefore(today.plusMonths(EXPIRY_WARNING_MONTHS))) {
                state = "EXPIRING";
            } else {
                state = "VALID";
            }
            out.add(new HeldView(q, state));
        }
        return out;
    }

    private Map<String, Object> chart(List<ReportView> reports) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("years", reports.stream().map(ReportView::year).toList());
        c.put(
                "revenue",
                reports.stream()
                        .map(r -> wanValue(r.figures().get(ReportField.OPERATING_REVENUE.key())))
                        .toList());
        c.put(
                "rd",
                reports.stream()
                        .map(r -> wanValue(r.figures().get(ReportField.RD_EXPENSE.key())))
                        .toList());
        c.put(
                "employees",
                reports.stream()
                        .map(r -> r.figures().get(ReportField.EMPLOYEES.key()))
                        .map(v -> v == null ? null : v.longValue())
                        .toList());
        return c;
    }

    private static Double wanValue(java.math.BigDecimal yuan) {
        return yuan == null
                ? null
                : yuan.movePointLeft(4)
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .doubleValue();
    }
}
