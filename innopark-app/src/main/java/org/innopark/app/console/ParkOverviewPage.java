package org.innopark.app.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.overview.ParkOverview;
import org.innopark.app.overview.ParkOverview.Overview;
import org.innopark.app.overview.ParkOverview.YearFigures;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.registry.QualificationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 园区概览: the park as its bulletin describes it — headline figures with the change on the year before, the held
 * ladder, the trends, the spread over industries and high-tech fields, and the top enterprises by innovation points.
 */
@Controller
class ParkOverviewPage {

    /** How many enterprises the points table lists. */
    static final int TOP = 10;

    private final ParkOverview overview;
    private final RegistryQueries registry;
    private final CurrentUser user;
    private final ConsoleText text;

    ParkOverviewPage(ParkOverview overview, RegistryQueries registry, CurrentUser user, ConsoleText text) {
        this.overview = overview;
        this.registry = registry;
        this.user = user;
        this.text = text;
    }

    @GetMapping("/parks/{park}")
    String overview(@PathVariable String park, Model model) {
        ParkScope scope = user.scope();
        Overview o = overview.overview(scope, park).orElseThrow(() -> PageNotFound.park(park));
        model.addAttribute("park", registry.parkHeader(scope, park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("o", o);
        model.addAttribute("now", o.latest().orElse(null));
        model.addAttribute("before", o.previous().orElse(null));
        model.addAttribute("top", overview.topByPoints(scope, park, TOP));
        model.addAttribute("chart", charts(o));
        return "parks/overview";
    }

    /** The data the page's charts draw, in display units (亿元, %, counts), with the labels in the reader's language. */
    private Map<String, Object> charts(Overview o) {
        Map<String, Object> c = new LinkedHashMap<>();
        List<Integer> years = o.years().stream().map(YearFigures::year).toList();
        c.put("years", years);
        c.put("revenue", o.years().stream().map(y -> text.yiValue(y.revenue())).toList());
        c.put(
                "rdExpense",
                o.years().stream().map(y -> text.yiValue(y.rdExpense())).toList());
        c.put(
                "rdIntensity",
                o.years().stream()
                        .map(y -> y.rdIntensity() == null ? null : Math.round(y.rdIntensity() * 100) / 100.0)
                        .toList());
        c.put(
                "turnover",
                o.years().stream().map(y -> text.yiValue(y.contractTurnover())).toList());
        Map<String, List<Long>> heldSeries = new LinkedHashMap<>();
        for (QualificationType t : List.of(
                QualificationType.HIGH_TECH,
                QualificationType.TECH_SME,
                QualificationType.SRDI_SME,
                QualificationType.LITTLE_GIANT)) {
            heldSeries.put(
                    text.label("qualification", t),
                    o.years().stream().map(y -> y.heldOf(t)).toList());
        }
        c.put("held", heldSeries);
        List<Map<String, Object>> funnel = new ArrayList<>();
        o.latest().ifPresent(y -> {
            for (QualificationType t : QualificationType.values()) {
                funnel.add(Map.of("name", text.label("qualification", t), "value", y.heldOf(t)));
            }
        });
        c.put("funnel", funnel);
        List<Map<String, Object>> industries = new ArrayList<>();
        o.industries().stream()
                .limit(10)
                .forEach(s -> industries.add(Map.of(
                        "name", s.code().isEmpty() ? "—" : s.code() + " " + s.nameZh(),
                        "value", s.enterprises(),
                        "revenue", text.yiValue(s.revenue()))));
        c.put("industries", industries);
        List<Map<String, Object>> fields = new ArrayList<>();
        o.fields().stream()
                .filter(s -> s.enterprises() > 0)
                .forEach(s -> fields.add(Map.of(
                        "name",
                        s.code().isEmpty() ? text.label("field", null) : text.name(s.nameZh(), s.nameEn()),
                        "value",
                        s.enterprises())));
        c.put("fields", fields);
        return c;
    }
}
