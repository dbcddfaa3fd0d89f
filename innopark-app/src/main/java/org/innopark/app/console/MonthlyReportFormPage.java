package org.innopark.app.console;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.registry.MonthlyReports;
import org.innopark.app.registry.ReportSubmission;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.engine.registry.MonthlyReport;
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
 * 月度报表填报: an enterprise user (or the park's staff) enters one month — 营业收入, 纳税总额, 社保缴纳人数, 用电量 and the
 * optional figures — with the month's earlier entries beside it. A submission with problems shows each next to its
 * field and writes nothing; a good one is saved and audited ({@link MonthlyReports}), and the monitoring scan reads it.
 */
@Controller
class MonthlyReportFormPage {

    private final MonthlyReports monthly;
    private final CurrentUser user;

    MonthlyReportFormPage(MonthlyReports monthly, CurrentUser user) {
        this.monthly = monthly;
        this.user = user;
    }

    /** Opens the form of the month before this one (what is reported at the start of a month). */
    @GetMapping("/enterprises/{creditCode}/monthly-reports/edit")
    String lastMonth(@PathVariable String creditCode) {
        return "redirect:/enterprises/" + UriUtils.encodePathSegment(creditCode, StandardCharsets.UTF_8)
                + "/monthly-reports/" + YearMonth.now().minusMonths(1) + "/edit";
    }

    @GetMapping("/enterprises/{creditCode}/monthly-reports/{period}/edit")
    String form(@PathVariable String creditCode, @PathVariable String period, Model model) {
        YearMonth month = month(period);
        List<MonthlyReport> reports = reports(user.account(), creditCode);
        Map<String, String> values = new LinkedHashMap<>();
        reports.stream()
                .filter(r -> r.period().equals(month))
                .findFirst()
                .ifPresent(r -> MonthlyReports.figures(r)
                        .forEach((k, v) -> values.put(k, v.stripTrailingZeros().toPlainString())));
        return page(model, creditCode, month, reports, values, Map.of());
    }

    @PostMapping("/enterprises/{creditCode}/monthly-reports/{period}/edit")
    String submit(
            @PathVariable String creditCode,
            @PathVariable String period,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        YearMonth month = month(period);
        Accounts.Account account = user.account();
        List<MonthlyReport> reports = reports(account, creditCode);
        Map<String, String> values = new LinkedHashMap<>();
        for (MonthlyReports.Figure f : MonthlyReports.Figure.values()) {
            values.put(f.key(), params.getOrDefault(f.key(), "").strip());
        }
        try {
            monthly.submit(account, creditCode, month.toString(), values)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/enterprises/" + UriUtils.encodePathSegment(creditCode, StandardCharsets.UTF_8)
                    + "/monthly-reports/" + month + "/edit";
        } catch (ReportSubmission.Rejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.merge(p.field(), p.message(locale), (a, b) -> a + " " + b));
            return page(model, creditCode, month, reports, values, errors);
        }
    }

    private List<MonthlyReport> reports(Accounts.Account account, String creditCode) {
        return monthly.read(account, creditCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static YearMonth month(String period) {
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "期间“" + period + "”无效,应为 YYYY-MM / period '" + period + "': YYYY-MM");
        }
    }

    private static String page(
            Model model,
            String creditCode,
            YearMonth month,
            List<MonthlyReport> reports,
            Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("creditCode", creditCode);
        model.addAttribute("period", month.toString());
        model.addAttribute("previous", month.minusMonths(1).toString());
        model.addAttribute("next", month.plusMonths(1).toString());
        model.addAttribute("figures", List.of(MonthlyReports.Figure.values()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "recent",
                reports.stream()
                        .sorted((a, b) -> b.period().compareTo(a.period()))
                        .limit(12)
                        .map(r -> Map.of("period", r.period().toString(), "figures", MonthlyReports.figures(r)))
                        .toList());
        return "enterprises/monthly";
    }
}
