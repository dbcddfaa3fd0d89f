package org.innopark.app.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.points.InnovationPoints;
import org.innopark.app.points.PointsRankingView;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.points.PointsSchemeLoader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 创新积分: the park's ranking (百强 by default), the movers against last year, and the spread of the points. */
@Controller
class PointsPage {

    /** The default cut-off: the 百强 list the bulletins publish. */
    static final int TOP = 100;

    private final InnovationPoints points;
    private final RegistryQueries registry;
    private final CurrentUser user;

    PointsPage(InnovationPoints points, RegistryQueries registry, CurrentUser user) {
        this.points = points;
        this.registry = registry;
        this.user = user;
    }

    @GetMapping("/parks/{park}/points")
    String ranking(
            @PathVariable String park,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String scheme,
            Model model) {
        ParkScope scope = user.scope();
        if (scope.enterprise().isPresent()) {
            throw PageNotFound.park(park);
        }
        var parkView = registry.parkHeader(scope, park).orElseThrow(() -> PageNotFound.park(park));
        // Only the built-in schemes: the id comes from the request and a file path would read the server's files.
        String schemeId = scheme != null && PointsSchemeLoader.BUILT_IN.contains(scheme.strip())
                ? scheme.strip()
                : PointsSchemeLoader.DEFAULT_ID;
        var chosenScheme = InnovationPoints.scheme(schemeId);
        PointsRankingView view =
                points.ranking(scope, park, year, chosenScheme, TOP).orElse(null);
        model.addAttribute("park", parkView);
        model.addAttribute("view", view);
        model.addAttribute(
                "schemes",
                PointsSchemeLoader.BUILT_IN.stream()
                        .map(InnovationPoints::scheme)
                        .toList());
        model.addAttribute("schemeId", chosenScheme.id());
        if (view != null && !view.cohorts().isEmpty()) {
            PointsRankingView.CohortRanking cohort = view.cohorts().get(0);
            model.addAttribute("cohort", cohort);
            model.addAttribute("chart", chart(view, cohort));
            List<Integer> years = new ArrayList<>();
            for (int y = view.year(); y > view.year() - 5; y--) {
                years.add(y);
            }
            model.addAttribute("years", years);
        }
        return "parks/points";
    }

    private static Map<String, Object> chart(PointsRankingView view, PointsRankingView.CohortRanking cohort) {
        Map<String, Object> c = new LinkedHashMap<>();
        int bins = cohort.histogram().length;
        List<String> labels = new ArrayList<>();
        double step = view.scheme().maximum() / bins;
        for (int i = 0; i < bins; i++) {
            labels.add(Math.round(i * step) + "–" + Math.round((i + 1) * step));
        }
        List<Integer> counts = new ArrayList<>();
        for (int n : cohort.histogram()) {
            counts.add(n);
        }
        c.put("bins", labels);
        c.put("counts", counts);
        return c;
    }
}
