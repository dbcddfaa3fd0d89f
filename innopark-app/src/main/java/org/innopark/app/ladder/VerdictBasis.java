package org.innopark.app.ladder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.engine.ladder.ConditionResult;
import org.innopark.engine.ladder.FactDefinition;
import org.innopark.engine.ladder.Label;
import org.innopark.engine.ladder.Outcome;
import org.innopark.engine.ladder.Verdict;

/**
 * What a verdict rests on: decided from data (数据判定), decided with declared assessments (依据声明), or undecided
 * (待定) with the facts that are missing and how each could be collected.
 *
 * @param facts the basis of each external fact of the scheme that the registry decided, declared or left unknown
 * @param missing for an undecided verdict, the inputs its undecided conditions lack (fact id null for a figure)
 */
public record VerdictBasis(Kind kind, List<FactBasis> facts, List<Missing> missing) {

    /** The kinds of basis. */
    public enum Kind {
        MEASURED("数据判定", "decided from data"),
        DECLARED("依据声明", "decided with declared assessments"),
        UNDECIDED("待定", "undecided");

        private final Label label;

        Kind(String zh, String en) {
            this.label = new Label(zh, en);
        }

        public Label label() {
            return label;
        }
    }

    /** An input an undecided verdict lacks, and what would supply it. */
    public record Missing(String factId, Label name, Label howToCollect) {}

    private static final Label DECLARE =
            new Label("由企业用户或园区分析员按年度声明(依据声明)", "to be declared per year by the enterprise user or a park analyst");

    private static final Label REPORT = new Label("补报企业年报相应字段", "report the figure in the annual report");

    /** The basis of a verdict given the bases of its enterprise's facts for its scheme and year. */
    public static VerdictBasis of(Verdict v, Map<String, FactBasis> bases) {
        List<FactBasis> facts = new ArrayList<>();
        boolean declared = false;
        Map<String, String> factByLabel = new LinkedHashMap<>();
        for (FactDefinition d : v.scheme().facts()) {
            factByLabel.put("外部事实:" + d.name().zh(), d.id());
            FactBasis b = bases.get(d.id());
            if (b != null) {
                facts.add(b);
                declared |= b.source() == FactBasis.Source.DECLARED;
            }
        }
        List<Missing> missing = new ArrayList<>();
        if (v.outcome() == Outcome.UNDECIDED) {
            Map<String, Missing> seen = new LinkedHashMap<>();
            for (ConditionResult c : v.undecided()) {
                for (Label input : c.unknownInputs()) {
                    String factId = factByLabel.get(input.zh());
                    String key = factId != null ? factId : input.zh();
                    if (seen.containsKey(key)) {
                        continue;
                    }
                    Label how;
                    if (factId == null) {
                        how = REPORT;
                    } else if (bases.containsKey(factId)) {
                        how = bases.get(factId).text();
                    } else {
                        how = DECLARE;
                    }
                    seen.put(key, new Missing(factId, input, how));
                }
            }
            missing.addAll(seen.values());
        }
        Kind kind = v.outcome() == Outcome.UNDECIDED ? Kind.UNDECIDED : declared ? Kind.DECLARED : Kind.MEASURED;
        return new VerdictBasis(kind, facts, missing);
    }

    /** The basis in one language, as the API and pages show it. */
    public View view(Locale locale) {
        return new View(
                kind.name(),
                kind.label().in(locale),
                facts.stream()
                        .map(f -> new FactView(
                                f.factId(),
                                f.source().name(),
                                f.value(),
                                f.text().in(locale),
                                f.confidence().name()))
                        .toList(),
                missing.stream()
                        .map(m -> new MissingView(
                                m.factId(),
                                m.name().in(locale),
                                m.howToCollect().in(locale)))
                        .toList());
    }

    /** {@link VerdictBasis} in one language. */
    public record View(String kind, String kindText, List<FactView> facts, List<MissingView> missing) {}

    public record FactView(String factId, String source, Object value, String text, String confidence) {}

    public record MissingView(String factId, String name, String howToCollect) {}
}
