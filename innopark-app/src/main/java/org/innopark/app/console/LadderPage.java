package org.innopark.app.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.ladder.ParkLadder;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.ladder.LadderAnalytics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 梯度培育: the park's ladder as held and as assessed, the mismatches between the two, the moves of the year, the
 * certificates expiring soon, and per scheme the candidates closest to the next rung (loaded with htmx).
 */
@Controller
class LadderPage {

    /** How many mismatches and candidates a list shows. */
    static final int LIST_LIMIT = 50;

    private final ParkLadder ladder;
    private final RegistryQueries registry;
    private final CurrentUser user;
    private final ConsoleText text;

    LadderPage(ParkLadder ladder, RegistryQueries registry, CurrentUser user, ConsoleText text) {
        this.ladder = ladder;
        this.registry = registry;
        this.user = user;
        this.text = text;
    }

    @GetMapping("/parks/{park}/ladder")
    String ladder(
            @PathVariable String park,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "" + ParkLadder.DEFAULT_EXPIRY_MONTHS) int months,
            Model model) {
        ParkScope scope = user.scope();
        var parkView = registry.parkHeader(scope, park).orElseThrow(() -> PageNotFound.park(park));
        Integer latest = ladder.latestYear(scope, park).orElse(null);
        model.addAttribute("park", parkView);
        if (latest == null) {
            if (scope.enterprise().isPresent()) {
                throw PageNotFound.park(park);
            }
            model.addAttribute("view", null);
            return "parks/ladder";
        }
        int y = year == null ? latest : year;
        int window = Math.max(1, Math.min(months, 60));
        ParkLadder.ParkLadderView view =
                ladder.ladder(scope, park, y, LocalDate.now(), window).orElseThrow(() -> PageNotFound.park(park));
        model.addAttribute("view", view);
        model.addAttribute("years", yearsUpTo(latest));
        model.addAttribute("schemes", ladder.schemes(y));
        List<LadderAnalytics.Mismatch> mismatches = view.snapshot().mismatches();
        model.addAttribute("mismatchCount", mismatches.size());
        model.addAttribute(
                "heldNotMeeting",
                mismatches.stream()
                        .filter(m -> m.kind() == LadderAnalytics.MismatchKind.HELD_NOT_MEETING)
                        .limit(LIST_LIMIT)
                        .toList());
        model.addAttribute(
                "meetingNotHeld",
                mismatches.stream()
                        .filter(m -> m.kind() == LadderAnalytics.MismatchKind.MEETING_NOT_HELD)
                        .limit(LIST_LIMIT)
                        .toList());
        model.addAttribute("chart", chart(view));
        model.addAttribute(
                "toCollect",
                view.toCollect()
                        .subList(0, Math.min(LIST_LIMIT, view.toCollect().size())));
        return "parks/ladder";
    }

    /** The candidates for one scheme's rung, closest first: the htmx fragment of the candidates tab. */
    @GetMapping("/parks/{park}/ladder/candidates")
    String candidates(@PathVariable String park, @RequestParam String scheme, @RequestParam int year, Model model) {
        ParkScope scope = user.scope();
        ParkLadder.Candidates c;
        try {
            c = ladder.candidates(scope, park, scheme, year, LIST_LIMIT).orElseThrow(() -> PageNotFound.park(park));
        } catch (IllegalArgumentException e) {
            throw PageNotFound.park(park);
        }
        model.addAttribute("c", c);
        model.addAttribute("park", park);
        return "parks/ladder :: candidates";
    }

    private static List<Integer> yearsUpTo(int latest) {
        List<Integer> years = new ArrayList<>();
        for (int y = latest; y > latest - 5; y--) {
            years.add(y);
        }
        return years;
    }

    private Map<String, Object> chart(ParkLadder.ParkLadderView view) {
        Map<String, Object> c = new LinkedHashMap<>();
        var rungs = view.snapshot().rungs();
        c.put(
                "rungs",
                rungs.stream().map(r -> text.label("qualification", r.rung())).toList());
        c.put("held", rungs.stream().map(LadderAnalytics.RungCount::held).toList());
        c.put(
                "qualified",
                rungs.stream().map(LadderAnalytics.RungCount::qualified).toList());
        c.put(
                "undecided",
                rungs.stream().map(LadderAnalytics.RungCount::undecided).toList());
        c.put("heldFlow", sankey(view.heldTransitions(), view.year()));
        c.put("assessedFlow", sankey(view.assessedTransitions(), view.year()));
        return c;
    }

    /** A Sankey diagram of last year's top rung to this year's: nodes named "year rung". */
    private Map<String, Object> sankey(List<LadderAnalytics.Transition> transitions, int year) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String none = "en".equals(locale.getLanguage()) ? "no rung" : "无资质";
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (LadderAnalytics.Transition t : transitions) {
            if (t.count() == 0) {
                continue;
            }
            String from = (year - 1) + " " + (t.from() == null ? none : text.label("qualification", t.from()));
            String to = year + " " + (t.to() == null ? none : text.label("qualification", t.to()));
            nodes.putIfAbsent(from, Map.of("name", from));
            nodes.putIfAbsent(to, Map.of("name", to));
            links.add(Map.of("source", from, "target", to, "value", t.count()));
        }
        return Map.of("nodes", List.copyOf(nodes.values()), "links", links);
    }
}
