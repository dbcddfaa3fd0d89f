package org.innopark.app.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.innopark.app.incubation.Incubation;
import org.innopark.app.incubation.IncubationException;
import org.innopark.app.incubation.TorchSurvey;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.CurrentUser;
import org.innopark.engine.incubation.Lifecycle;
import org.innopark.engine.incubation.TenancyState;
import org.innopark.engine.registry.InvalidValueException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 孵化育成: the park's incubation funnel and its carriers against the 国家级 thresholds with their gaps; a carrier's
 * tenants by state, graduations with the criterion met, overdue incubatees, 毕业 candidates, KPIs and the form of a
 * move; the Torch survey tables of a year with the carriers that break a check. Park staff only; another park is
 * "not found".
 */
@Controller
class IncubationPage {

    private final Incubation incubation;
    private final TorchSurvey survey;
    private final RegistryQueries registry;
    private final CurrentUser user;

    IncubationPage(Incubation incubation, TorchSurvey survey, RegistryQueries registry, CurrentUser user) {
        this.incubation = incubation;
        this.survey = survey;
        this.registry = registry;
        this.user = user;
    }

    @GetMapping("/parks/{park}/incubation")
    String park(@PathVariable String park, @RequestParam(required = false) String asOf, Model model) {
        Account account = staff(park);
        LocalDate day = day(asOf);
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("view", incubation.park(account, park, day));
        model.addAttribute("rules", incubation.rules().header());
        return "incubation/park";
    }

    @GetMapping("/parks/{park}/incubation/carriers/{carrier}")
    String carrier(
            @PathVariable String park,
            @PathVariable String carrier,
            @RequestParam(required = false) String asOf,
            Model model) {
        Account account = staff(park);
        try {
            model.addAttribute("view", incubation.carrier(account, park, carrier, day(asOf)));
        } catch (IncubationException.NotFound e) {
            throw PageNotFound.park(park + "/" + carrier);
        }
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("states", TenancyState.values());
        model.addAttribute("rules", incubation.rules());
        return "incubation/carrier";
    }

    @PostMapping("/parks/{park}/incubation/carriers/{carrier}/tenancies/{id}")
    String move(
            @PathVariable String park,
            @PathVariable String carrier,
            @PathVariable long id,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String criterion,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String agreementNo,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String place,
            RedirectAttributes redirect) {
        Account account = staff(park);
        try {
            incubation.move(
                    account,
                    park,
                    carrier,
                    id,
                    new Lifecycle.Move(
                            TenancyState.ofCode(to),
                            day(date),
                            blank(agreementNo),
                            blank(area) == null ? null : new BigDecimal(area.strip()),
                            blank(place),
                            blank(criterion),
                            blank(reason)));
            redirect.addFlashAttribute("message", "已更新 / updated");
        } catch (IncubationException e) {
            redirect.addFlashAttribute("error", String.join("; ", e.problems()));
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.messageZh() + " / " + e.messageEn());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("error", "入驻面积应为数字 / the area must be a number");
        } catch (IncubationException.NotFound e) {
            throw PageNotFound.park(park + "/" + carrier);
        }
        return "redirect:/parks/{park}/incubation/carriers/{carrier}";
    }

    @GetMapping("/parks/{park}/incubation/survey")
    String survey(@PathVariable String park, @RequestParam(required = false) Integer year, Model model) {
        Account account = staff(park);
        int y = year == null ? incubation.today().getYear() - 1 : year;
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("year", y);
        model.addAttribute("tables", survey.tables(account, park, y));
        return "incubation/survey";
    }

    private Account staff(String park) {
        Account account = user.account();
        try {
            incubation.checkStaff(account, park);
        } catch (AccessDeniedException | IncubationException.NotFound e) {
            throw PageNotFound.park(park);
        }
        return account;
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
