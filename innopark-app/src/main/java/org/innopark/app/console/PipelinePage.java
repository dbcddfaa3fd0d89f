package org.innopark.app.console;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.innopark.app.pipeline.Pipeline;
import org.innopark.app.pipeline.PipelineException;
import org.innopark.app.pipeline.PipelineViews;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.CurrentUser;
import org.innopark.engine.pipeline.Stage;
import org.innopark.engine.pipeline.StageScheme;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * 招商项目库: the kanban by stage (all projects, my projects, the pool), a new lead, a project's page with its timeline
 * and the forms of a transition (with the stage's required dates and fields), a follow-up, a problem, funds, taking a
 * lead from the pool; and the funnel page with its XLSX. Park staff only; another park is "not found".
 */
@Controller
class PipelinePage {

    private final Pipeline pipeline;
    private final RegistryQueries registry;
    private final CurrentUser user;

    PipelinePage(Pipeline pipeline, RegistryQueries registry, CurrentUser user) {
        this.pipeline = pipeline;
        this.registry = registry;
        this.user = user;
    }

    /** A kanban column. */
    record Column(Stage stage, List<PipelineViews.Card> cards) {}

    @GetMapping("/parks/{park}/pipeline")
    String board(@PathVariable String park, @RequestParam(defaultValue = "all") String view, Model model) {
        Account account = staff(park);
        List<PipelineViews.Card> cards = switch (view) {
            case "mine" -> pipeline.mine(account, park);
            case "pool" -> pipeline.pool(account, park);
            default -> pipeline.board(account, park);
        };
        StageScheme s = pipeline.scheme(park);
        List<Column> columns = new ArrayList<>();
        for (Stage st : s.stages()) {
            columns.add(new Column(
                    st, cards.stream().filter(c -> c.stage().equals(st.code())).toList()));
        }
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("view", List.of("mine", "pool").contains(view) ? view : "all");
        model.addAttribute("columns", columns);
        model.addAttribute("count", cards.size());
        model.addAttribute("today", pipeline.today());
        return "pipeline/board";
    }

    @PostMapping("/parks/{park}/pipeline/projects")
    String create(@PathVariable String park, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Account account = staff(park);
        try {
            var in = new PipelineViews.ProjectInput(
                    null,
                    form.get("name"),
                    form.get("investorName"),
                    form.get("creditCode"),
                    form.get("sourceRegion"),
                    form.get("industry"),
                    form.get("chainId"),
                    form.get("nodeId"),
                    decimal(form.get("plannedYi")),
                    decimal(form.get("landMu")),
                    null,
                    null,
                    null,
                    blank(form.get("owner")) ? account.username() : form.get("owner"),
                    List.of(),
                    date(form.get("leadDate")));
            var created = pipeline.create(account, park, in);
            redirect.addFlashAttribute("warnings", created.warnings());
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + projectUrl(park, created.projectNo());
        } catch (PipelineException e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage()));
        }
        redirect.addFlashAttribute("form", form);
        return "redirect:/parks/" + UriUtils.encodePathSegment(park, StandardCharsets.UTF_8) + "/pipeline";
    }

    @GetMapping("/parks/{park}/pipeline/projects/{no}")
    String project(@PathVariable String park, @PathVariable String no, Model model) {
        Account account = staff(park);
        PipelineViews.Detail d;
        try {
            d = pipeline.detail(account, park, no);
        } catch (PipelineException.NotFound e) {
            throw PageNotFound.park(park + "/" + no);
        }
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("d", d);
        model.addAttribute("today", pipeline.today());
        model.addAttribute("mayTake", d.card().owner() == null);
        return "pipeline/project";
    }

    @PostMapping("/parks/{park}/pipeline/projects/{no}/transitions")
    String move(
            @PathVariable String park,
            @PathVariable String no,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Account account = staff(park);
        return act(
                park,
                no,
                redirect,
                () -> pipeline.move(
                        account,
                        park,
                        no,
                        new PipelineViews.Move(
                                form.get("to"),
                                date(form.get("date")),
                                decimal(form.get("contractYi")),
                                date(form.get("plannedStart")),
                                decimal(form.get("fundsYi")),
                                form.get("document"),
                                form.get("reason"),
                                form.get("note"))));
    }

    @PostMapping("/parks/{park}/pipeline/projects/{no}/follow-ups")
    String followUp(
            @PathVariable String park,
            @PathVariable String no,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Account account = staff(park);
        return act(park, no, redirect, () -> pipeline.followUp(account, park, no, kind, date(date), note));
    }

    @PostMapping("/parks/{park}/pipeline/projects/{no}/problems")
    String problem(
            @PathVariable String park,
            @PathVariable String no,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String solver,
            @RequestParam(required = false) String dueOn,
            RedirectAttributes redirect) {
        Account account = staff(park);
        return act(
                park, no, redirect, () -> pipeline.raiseProblem(account, park, no, description, solver, date(dueOn)));
    }

    @PostMapping("/parks/{park}/pipeline/projects/{no}/problems/{id}")
    String resolve(
            @PathVariable String park,
            @PathVariable String no,
            @PathVariable long id,
            @RequestParam(required = false) String resolution,
            RedirectAttributes redirect) {
        Account account = staff(park);
        return act(park, no, redirect, () -> pipeline.resolveProblem(account, park, no, id, resolution));
    }

    @PostMapping("/parks/{park}/pipeline/projects/{no}/funds")
    String funds(
            @PathVariable String park,
            @PathVariable String no,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String amountYi,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Account account = staff(park);
        return act(
                park, no, redirect, () -> pipeline.recordFunds(account, park, no, date(date), decimal(amountYi), note));
    }

    @PostMapping("/parks/{park}/pipeline/projects/{no}/owners")
    String owners(
            @PathVariable String park,
            @PathVariable String no,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String coOwners,
            RedirectAttributes redirect) {
        Account account = staff(park);
        List<String> co = blank(coOwners)
                ? List.of()
                : Arrays.stream(coOwners.split("[、,，;；\\s]+"))
                        .filter(x -> !x.isBlank())
                        .toList();
        return act(park, no, redirect, () -> pipeline.assign(account, park, no, owner, co));
    }

    @PostMapping("/parks/{park}/pipeline/projects/{no}/take")
    String take(@PathVariable String park, @PathVariable String no, RedirectAttributes redirect) {
        Account account = staff(park);
        return act(park, no, redirect, () -> pipeline.take(account, park, no));
    }

    @GetMapping("/parks/{park}/pipeline/funnel")
    String funnel(@PathVariable String park, @RequestParam(required = false) Integer year, Model model) {
        Account account = staff(park);
        Map<Integer, org.innopark.engine.pipeline.Funnel.Figures> years = pipeline.years(account, park);
        // by default the latest year with any movement (a registry loaded up to last year shows that year)
        int latest = years.entrySet().stream()
                .filter(e -> e.getValue().stages().stream().anyMatch(s -> s.reached() > 0))
                .mapToInt(Map.Entry::getKey)
                .max()
                .orElse(pipeline.today().getYear());
        int y = year == null ? latest : year;
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("year", y);
        model.addAttribute("report", pipeline.funnel(account, park, y));
        model.addAttribute("years", years);
        model.addAttribute("scheme", pipeline.scheme(park));
        return "pipeline/funnel";
    }

    private interface Change {
        void run();
    }

    private String act(String park, String no, RedirectAttributes redirect, Change change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (PipelineException e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (PipelineException.NotFound e) {
            throw PageNotFound.park(park + "/" + no);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage()));
        }
        return "redirect:" + projectUrl(park, no);
    }

    private static String projectUrl(String park, String no) {
        return "/parks/" + UriUtils.encodePathSegment(park, StandardCharsets.UTF_8) + "/pipeline/projects/"
                + UriUtils.encodePathSegment(no, StandardCharsets.UTF_8);
    }

    /** Park staff with the park in scope; anyone else sees "not found". */
    private Account staff(String park) {
        Account account = user.account();
        try {
            pipeline.checkStaff(account, park);
        } catch (AccessDeniedException | PipelineException.NotFound e) {
            throw PageNotFound.park(park);
        }
        return account;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static LocalDate date(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("日期应为 YYYY-MM-DD, 实际为'" + s + "' / a date is YYYY-MM-DD");
        }
    }

    static BigDecimal decimal(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("应为数字, 实际为'" + s + "' / expected a number");
        }
    }
}
