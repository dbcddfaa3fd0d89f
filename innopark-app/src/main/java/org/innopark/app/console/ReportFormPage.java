package org.innopark.app.console;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.registry.ReportSubmission;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * 企业年报填报 form: every figure of the year's report grouped as 人员 / 财务 / 知识产权与成果, with its unit. A
 * submission with problems shows each next to its field and writes nothing; a good one is saved and audited
 * ({@link ReportSubmission}).
 */
@Controller
class ReportFormPage {

    private final ReportSubmission reports;
    private final CurrentUser user;

    ReportFormPage(ReportSubmission reports, CurrentUser user) {
        this.reports = reports;
        this.user = user;
    }

    /** A group of the form with its fields. */
    record Section(ReportSubmission.Group group, List<ReportSubmission.FieldSpec> fields) {}

    @GetMapping("/enterprises/{creditCode}/reports/{year}/edit")
    String form(@PathVariable String creditCode, @PathVariable int year, Model model) {
        ReportSubmission.Report report = report(user.account(), creditCode, year);
        Map<String, String> values = new LinkedHashMap<>();
        report.figures().forEach((key, value) -> values.put(key, plain(value)));
        return page(model, report, values, Map.of());
    }

    @PostMapping("/enterprises/{creditCode}/reports/{year}/edit")
    String submit(
            @PathVariable String creditCode,
            @PathVariable int year,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Accounts.Account account = user.account();
        ReportSubmission.Report report = report(account, creditCode, year);
        Map<String, String> values = new LinkedHashMap<>();
        for (ReportSubmission.FieldSpec f : ReportSubmission.FIELDS) {
            values.put(f.key(), params.getOrDefault(f.key(), "").strip());
        }
        try {
            reports.submit(account, creditCode, year, values);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/enterprises/" + UriUtils.encodePathSegment(report.creditCode(), StandardCharsets.UTF_8)
                    + "/reports/" + year + "/edit";
        } catch (ReportSubmission.Rejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.merge(p.field(), p.message(locale), (a, b) -> a + " " + b));
            return page(model, report, values, errors);
        }
    }

    private ReportSubmission.Report report(Accounts.Account account, String creditCode, int year) {
        return reports.read(account, creditCode, year)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(
            Model model, ReportSubmission.Report report, Map<String, String> values, Map<String, String> errors) {
        List<Section> sections = java.util.Arrays.stream(ReportSubmission.Group.values())
                .map(g -> new Section(
                        g,
                        ReportSubmission.FIELDS.stream()
                                .filter(f -> f.group() == g)
                                .toList()))
                .toList();
        model.addAttribute("report", report);
        model.addAttribute("sections", sections);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "reports/form";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
