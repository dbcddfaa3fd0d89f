package org.innopark.app.ladder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.innopark.app.shared.FiniteNumbers;
import org.innopark.engine.ladder.ConditionResult;
import org.innopark.engine.ladder.Gap;
import org.innopark.engine.ladder.Label;
import org.innopark.engine.ladder.Outcome;
import org.innopark.engine.ladder.ScoreSheet;
import org.innopark.engine.ladder.Status;
import org.innopark.engine.ladder.Verdict;

/**
 * A verdict as the API and the JSON export show it, every text in one language: the outcome, the score, every
 * condition with its value, requirement, status, points and explanation, and the gap.
 */
public record VerdictView(
        String creditCode,
        String name,
        String scheme,
        String schemeVersion,
        String schemeName,
        String rung,
        int year,
        String outcome,
        String outcomeText,
        ScoreView score,
        String directRoute,
        List<ConditionView> conditions,
        List<String> undecided,
        GapView gap,
        VerdictBasis.View basis) {

    /** The score of a scored scheme: {@code min == max} when every input is known. */
    public record ScoreView(double min, double max, String text, double maxPossible, List<IndicatorView> indicators) {}

    public record IndicatorView(
            String id,
            String name,
            String block,
            Double value,
            String valueNote,
            String valueText,
            String bracket,
            String points,
            String explanation) {}

    /**
     * One condition: {@code status} is PASS, FAIL or UNKNOWN; {@code value} and {@code threshold} are raw numbers
     * (ratios as decimals, money in yuan), {@code valueText} and {@code requirement} as people write them.
     */
    public record ConditionView(
            String id,
            String name,
            String kind,
            int depth,
            String parentId,
            String status,
            String statusText,
            Double value,
            String valueNote,
            String valueText,
            Double threshold,
            String requirement,
            String points,
            String explanation,
            List<String> unknownInputs,
            boolean directRoute,
            String confidence,
            String note) {}

    /** What would make the enterprise meet the scheme; size 0 when nothing is missing, null when infinite. */
    public record GapView(Double size, boolean closable, List<String> lines, List<String> toConfirm) {}

    public static VerdictView of(ParkLadder.Assessed a, Locale locale) {
        return of(a.creditCode().value(), a.name(), a.verdict(), a.gap(), a.basis(), locale);
    }

    public static VerdictView of(String creditCode, String name, Verdict v, Gap gap, Locale locale) {
        return of(creditCode, name, v, gap, VerdictBasis.of(v, java.util.Map.of()), locale);
    }

    public static VerdictView of(
            String creditCode, String name, Verdict v, Gap gap, VerdictBasis basis, Locale locale) {
        List<ConditionView> conditions = new ArrayList<>();
        for (ConditionResult c : v.conditions()) {
            conditions.add(new ConditionView(
                    c.id(),
                    c.name().in(locale),
                    c.kind().name(),
                    c.depth(),
                    c.parentId(),
                    c.status().name(),
                    status(c.status(), locale),
                    FiniteNumbers.finite(c.value()),
                    valueNote(c.value(), locale),
                    c.valueText(locale),
                    c.threshold(),
                    c.requirementText(locale),
                    c.points() == null ? null : c.points().toString(),
                    c.explanation().in(locale),
                    texts(c.unknownInputs(), locale),
                    c.directRoute(),
                    c.confidence().name(),
                    c.note()));
        }
        ScoreView score = v.score().map(s -> score(s, locale)).orElse(null);
        return new VerdictView(
                creditCode,
                name,
                v.schemeId(),
                v.schemeVersion(),
                v.scheme().name().in(locale),
                v.rung().map(Enum::name).orElse(null),
                v.year(),
                v.outcome().name(),
                outcome(v.outcome(), locale),
                score,
                v.directRoute().map(r -> r.name().in(locale)).orElse(null),
                conditions,
                v.undecided().stream().map(ConditionResult::id).toList(),
                gap == null ? null : gap(gap, locale),
                basis.view(locale));
    }

    /**
     * Why a value is absent from the JSON although the rule computed one: a value that is not a finite number (a
     * growth rate over fewer than two years of operation, or over a year of zero, is −∞ and scores the lowest band;
     * the explanation says which). Null when the value is a number or simply unknown.
     */
    static String valueNote(Double value, Locale locale) {
        if (value == null || !(value.isNaN() || value.isInfinite())) {
            return null;
        }
        if (value.isNaN()) {
            return en(locale) ? "not computable from the data" : "无法由数据计算";
        }
        return en(locale)
                ? "not computable (" + (value > 0 ? "+" : "−") + "∞): see the explanation"
                : "无法计算(" + (value > 0 ? "+" : "−") + "∞),见说明";
    }

    static ScoreView score(ScoreSheet s, Locale locale) {
        List<IndicatorView> indicators = new ArrayList<>();
        for (ScoreSheet.BlockScore b : s.blocks()) {
            for (ScoreSheet.IndicatorScore i : b.indicators()) {
                indicators.add(new IndicatorView(
                        i.id(),
                        i.name().in(locale),
                        b.name().in(locale),
                        FiniteNumbers.finite(i.value()),
                        valueNote(i.value(), locale),
                        i.value() == null
                                ? ""
                                : en(locale) ? i.unit().en(i.value()) : i.unit().zh(i.value()),
                        i.bracket(),
                        i.points().toString(),
                        i.explanation().in(locale)));
            }
        }
        return new ScoreView(s.total().min(), s.total().max(), s.total().toString(), s.max(), indicators);
    }

    static GapView gap(Gap g, Locale locale) {
        return new GapView(
                Double.isInfinite(g.size()) ? null : g.size(),
                g.closable(),
                g.lines(locale),
                texts(g.toConfirm(), locale));
    }

    static String outcome(Outcome o, Locale locale) {
        return o.label().in(locale);
    }

    static String status(Status s, Locale locale) {
        boolean en = en(locale);
        return switch (s) {
            case PASS -> en ? "met" : "符合";
            case FAIL -> en ? "not met" : "不符合";
            case UNKNOWN -> en ? "unknown" : "待定";
        };
    }

    static boolean en(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static List<String> texts(List<Label> labels, Locale locale) {
        return labels.stream().map(l -> l.in(locale)).distinct().toList();
    }
}
