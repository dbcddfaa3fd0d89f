package org.innopark.app.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.index.IndexNotFoundException;
import org.innopark.app.index.IndexReport;
import org.innopark.app.index.ParkIndex;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 创新指数: the parks' composite index — the ranking with its Monte Carlo uncertainty band, the indicator tree with
 * weights, a radar of the chosen park's pillars against the median park, and the park's strengths and weaknesses.
 * Park scores are published figures, as in the Torch evaluation; which enterprises lift or drag an indicator is
 * shown only to the park's own staff ({@link ParkIndex#access}).
 */
@Controller
class IndexPage {

    /** Monte Carlo replications of the page's rank band: enough for stable 5–95% quantiles, quick to compute. */
    static final int REPLICATIONS = 1000;

    private final ParkIndex index;
    private final CurrentUser user;

    IndexPage(ParkIndex index, CurrentUser user) {
        this.index = index;
        this.user = user;
    }

    @GetMapping("/index")
    String index(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String park,
            Model model,
            Locale locale) {
        var account = user.account();
        if (account.role() == Role.ENTERPRISE || account.role() == Role.BANK) {
            throw new org.springframework.security.access.AccessDeniedException("park staff only");
        }
        List<ParkIndex.FrameworkInfo> frameworks = index.frameworks();
        String id = framework == null || framework.isBlank() ? frameworks.get(0).id() : framework;
        model.addAttribute("frameworks", frameworks);
        model.addAttribute("frameworkId", id);
        IndexReport report;
        try {
            report = IndexReport.of(index.calculate(id, year, null, REPLICATIONS), locale);
        } catch (IndexNotFoundException e) {
            model.addAttribute("report", null);
            model.addAttribute("problem", e.getMessage());
            return "index";
        }
        String chosen = chosenPark(report, park, account.parkCode());
        model.addAttribute("report", report);
        model.addAttribute("chosen", chosen);
        model.addAttribute(
                "profile", chosen == null ? null : index.profile(id, chosen, report.year(), null, account, locale, 5));
        model.addAttribute("chart", chart(report, chosen));
        return "index";
    }

    /**
     * The park whose profile the page shows, always one of the ranked parks so that the park selector and the
     * strengths/weaknesses panel name the same park: the requested one, else the user's own, else the first ranked;
     * a requested or own park that the index does not rank falls back to the next choice.
     */
    static String chosenPark(IndexReport report, String requested, String own) {
        List<String> ranked =
                report.ranking().stream().map(IndexReport.ParkRanking::park).toList();
        for (String candidate : java.util.Arrays.asList(requested, own)) {
            if (candidate != null && ranked.contains(candidate.strip())) {
                return candidate.strip();
            }
        }
        return ranked.isEmpty() ? null : ranked.get(0);
    }

    private static Map<String, Object> chart(IndexReport report, String chosen) {
        Map<String, Object> c = new LinkedHashMap<>();
        List<IndexReport.ParkRanking> ranking = report.ranking();
        c.put("parks", ranking.stream().map(IndexReport.ParkRanking::name).toList());
        c.put("scores", ranking.stream().map(IndexReport.ParkRanking::score).toList());
        c.put("ranks", ranking.stream().map(IndexReport.ParkRanking::rank).toList());
        c.put(
                "low",
                ranking.stream()
                        .map(r -> r.rankLow() == null ? r.rank() : r.rankLow())
                        .toList());
        c.put(
                "high",
                ranking.stream()
                        .map(r -> r.rankHigh() == null ? r.rank() : r.rankHigh())
                        .toList());
        List<Map<String, Object>> indicators = new ArrayList<>();
        List<Double> park = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        for (IndexReport.Node pillar : report.tree().children()) {
            // Each axis spans the parks' range on the pillar: scores need not be on a 0–100 scale.
            double max = pillar.results().stream()
                    .map(IndexReport.ParkResult::score)
                    .filter(s -> s != null)
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(1);
            double min = pillar.results().stream()
                    .map(IndexReport.ParkResult::score)
                    .filter(s -> s != null)
                    .mapToDouble(Double::doubleValue)
                    .min()
                    .orElse(0);
            indicators.add(Map.of("name", pillar.name(), "max", max, "min", Math.min(0, min)));
            park.add(pillar.results().stream()
                    .filter(r -> r.park().equals(chosen))
                    .findFirst()
                    .map(IndexReport.ParkResult::score)
                    .orElse(null));
            median.add(median(pillar.results().stream()
                    .map(IndexReport.ParkResult::score)
                    .filter(s -> s != null)
                    .sorted()
                    .toList()));
        }
        c.put("radarIndicators", indicators);
        c.put("radarPark", park);
        c.put("radarMedian", median);
        c.put(
                "chosenName",
                ranking.stream()
                        .filter(r -> r.park().equals(chosen))
                        .map(IndexReport.ParkRanking::name)
                        .findFirst()
                        .orElse(chosen));
        return c;
    }

    private static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
