package org.innopark.app.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.innopark.app.talent.TalentImport;
import org.innopark.app.talent.TalentRequests;
import org.innopark.app.talent.Talents;
import org.innopark.engine.registry.Level;
import org.innopark.engine.talent.Education;
import org.innopark.engine.talent.RequestAction;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 人才服务: the park's talent overview (the bulletins' counts with their shares, by programme level, education and
 * platform; studios and teams), the people with filters, the service-request queue with assignees, time-limit
 * state and overdue marks, the imports; a request's page with its steps and the forms its state allows. The park's
 * staff only, but an enterprise user reads its own firm's request and submits from its profile.
 */
@Controller
class TalentPage {

    private static final int PEOPLE_SHOWN = 200;

    private final Talents talents;
    private final TalentRequests requests;
    private final TalentImport imports;
    private final RegistryQueries registry;
    private final CurrentUser user;
    private final MessageSource messages;

    TalentPage(
            Talents talents,
            TalentRequests requests,
            TalentImport imports,
            RegistryQueries registry,
            CurrentUser user,
            MessageSource messages) {
        this.talents = talents;
        this.requests = requests;
        this.imports = imports;
        this.registry = registry;
        this.user = user;
        this.messages = messages;
    }

    @GetMapping("/parks/{park}/talent")
    String page(
            @PathVariable String park,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String education,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String platform,
            @RequestParam(defaultValue = "false") boolean all,
            Model model) {
        Accounts.Account account = user.account();
        Talents.Overview overview = talents.overview(account, park).orElseThrow(() -> PageNotFound.park(park));
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("o", overview);
        model.addAttribute("c", overview.counts());
        Education e = Education.read(education).orElse(null);
        Level l = null;
        for (Level x : Level.values()) {
            if (x.name().equals(level)) {
                l = x;
            }
        }
        List<Talents.PersonView> people = talents.people(account, park, new Talents.Filter(q, e, l, platform, null))
                .orElse(List.of());
        model.addAttribute("peopleTotal", people.size());
        model.addAttribute("people", people.size() > PEOPLE_SHOWN ? people.subList(0, PEOPLE_SHOWN) : people);
        model.addAttribute("q", q);
        model.addAttribute("education", e == null ? null : e.name());
        model.addAttribute("level", l == null ? null : l.name());
        model.addAttribute("platform", platform);
        model.addAttribute("educations", Education.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("groups", talents.groups(account, park).orElse(List.of()));
        List<TalentRequests.RequestView> queue =
                requests.requests(account, park, !all).orElse(List.of());
        model.addAttribute("all", all);
        model.addAttribute("queue", queue);
        model.addAttribute(
                "summary",
                TalentRequests.summary(requests.requests(account, park, false).orElse(List.of())));
        model.addAttribute("types", talents.rules().requestTypes(park).types());
        model.addAttribute("typesHeader", talents.rules().requestTypes(park).header());
        return "talent/index";
    }

    @PostMapping("/parks/{park}/talent/imports")
    String importFile(
            @PathVariable String park,
            @RequestParam("kind") String kind,
            @RequestParam("file") MultipartFile file,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        Accounts.Account account = user.account();
        if (!talents.staffOf(account, park)) {
            throw PageNotFound.park(park);
        }
        TalentImport.Kind k = TalentImport.Kind.of(kind).orElseThrow(() -> PageNotFound.park(park + "/" + kind));
        if (file.isEmpty()) {
            redirect.addFlashAttribute("importErrors", List.of(messages.getMessage("imports.noFile", null, locale)));
        } else {
            try {
                TalentImport.Outcome o = imports.importUpload(
                        account.username(), park, k, file.getOriginalFilename(), file.getInputStream());
                redirect.addFlashAttribute(
                        "success",
                        messages.getMessage(
                                "talent.imported", new Object[] {o.rows(), o.created(), o.updated()}, locale));
            } catch (AnalystInputException e) {
                redirect.addFlashAttribute("importErrors", e.report(locale));
            }
        }
        return "redirect:/parks/" + park + "/talent";
    }

    @PostMapping("/parks/{park}/talent/requests")
    String submit(
            @PathVariable String park,
            @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String talentName,
            @RequestParam String type,
            @RequestParam String subject,
            @RequestParam String body,
            @RequestParam(required = false) String contact,
            Locale locale,
            RedirectAttributes redirect) {
        Accounts.Account account = user.account();
        String back = account.role() == Role.ENTERPRISE
                ? "redirect:/enterprises/" + account.creditCode()
                : "redirect:/parks/" + park + "/talent";
        try {
            TalentRequests.RequestView v = requests.submit(
                            account,
                            park,
                            new TalentRequests.Submission(creditCode, talentName, type, subject, body, contact))
                    .orElseThrow(() -> PageNotFound.park(park));
            redirect.addFlashAttribute(
                    "success", messages.getMessage("talent.submitted", new Object[] {v.id()}, locale));
            return "redirect:/parks/" + park + "/talent/requests/" + v.id();
        } catch (TalentRequests.Invalid e) {
            redirect.addFlashAttribute("requestError", e.getMessage());
            return back;
        }
    }

    @GetMapping("/parks/{park}/talent/requests/{id}")
    String request(@PathVariable String park, @PathVariable long id, Model model) {
        Accounts.Account account = user.account();
        TalentRequests.RequestDetail d =
                requests.detail(account, park, id).orElseThrow(() -> PageNotFound.park(park + " request " + id));
        model.addAttribute("parkCode", park);
        model.addAttribute(
                "parkName",
                registry.parkHeader(account.scope(), park)
                        .map(RegistryQueries.ParkView::name)
                        .orElse(park));
        model.addAttribute("r", d.view());
        model.addAttribute("steps", d.steps());
        boolean staff = requests.mayWork(account, park);
        model.addAttribute("staff", staff);
        model.addAttribute(
                "actions", staff ? d.view().actions().stream().map(Enum::name).toList() : List.of());
        return "talent/request";
    }

    @PostMapping("/parks/{park}/talent/requests/{id}/{action}")
    String act(
            @PathVariable String park,
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String notes,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Accounts.Account account = user.account();
        RequestAction a = RequestAction.parse(action);
        if (a == null || !requests.mayWork(account, park)) {
            throw PageNotFound.park(park);
        }
        String error;
        try {
            requests.act(account, park, id, a, assignee, notes)
                    .orElseThrow(() -> PageNotFound.park(park + " request " + id));
            redirect.addFlashAttribute(
                    "success", messages.getMessage("talent.stepDone", new Object[] {a.label(locale)}, locale));
            return "redirect:/parks/" + park + "/talent/requests/" + id;
        } catch (TalentRequests.Conflict e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            error = e.getMessage();
        } catch (TalentRequests.Invalid e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            error = e.getMessage();
        }
        model.addAttribute("error", error);
        return request(park, id, model);
    }
}
