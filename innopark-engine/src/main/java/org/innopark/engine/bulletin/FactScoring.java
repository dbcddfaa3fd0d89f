package org.innopark.engine.bulletin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Grades extracted facts against hand-annotated ones, MeasEval-style: a gold fact is found when a predicted fact of
 * the same document has the same value after unit scaling (2 万个 = 20000 个; 亿元 vs 万元) and its quote overlaps
 * the annotated quote in the text. Precision, recall and F1 of detection; the accuracy of subject, period and
 * qualifier on the found facts.
 */
public final class FactScoring {

    /** The figures of one grading. */
    public record Score(
            int gold,
            int predicted,
            int found,
            double precision,
            double recall,
            double f1,
            double subjectAccuracy,
            double periodAccuracy,
            double qualifierAccuracy,
            List<QuantFact> missed,
            List<QuantFact> spurious) {}

    private final BulletinVocabulary vocabulary;

    public FactScoring(BulletinVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Grades predicted facts against gold facts. Gold facts are located by their quote in the document's text
     * ({@code texts}: document name → original text); a gold quote that is not in its text is an error.
     */
    public Score score(List<QuantFact> gold, List<QuantFact> predicted, Map<String, String> texts) {
        Set<Integer> used = new HashSet<>();
        int found = 0;
        int subject = 0;
        int period = 0;
        int qualifier = 0;
        List<QuantFact> missed = new ArrayList<>();
        for (QuantFact g : gold) {
            String text = texts.get(g.doc());
            if (text == null) {
                throw new IllegalArgumentException("no text for document '" + g.doc() + "' / 缺少文档 " + g.doc());
            }
            List<int[]> spans = new ArrayList<>();
            for (int at = text.indexOf(g.quote()); at >= 0; at = text.indexOf(g.quote(), at + 1)) {
                spans.add(new int[] {at, at + g.quote().length()});
            }
            if (spans.isEmpty()) {
                throw new IllegalArgumentException(
                        g.doc() + ": the annotated quote '" + g.quote() + "' is not in the text / 标注的原文不在文档中");
            }
            BigDecimal gv = scaled(g.value(), g.unit());
            String gu = vocabulary.baseUnit(g.unit());
            int match = -1;
            for (int i = 0; i < predicted.size() && match < 0; i++) {
                QuantFact p = predicted.get(i);
                if (used.contains(i)
                        || !p.doc().equals(g.doc())
                        || !vocabulary.baseUnit(p.unit()).equals(gu)
                        || scaled(p.value(), p.unit()).compareTo(gv) != 0) {
                    continue;
                }
                for (int[] s : spans) {
                    if (p.start() < s[1] && s[0] < p.end()) {
                        match = i;
                        break;
                    }
                }
            }
            if (match < 0) {
                missed.add(g);
                continue;
            }
            used.add(match);
            found++;
            QuantFact p = predicted.get(match);
            subject += Objects.equals(g.subject(), p.subject()) ? 1 : 0;
            period += Objects.equals(periodKey(g.period()), periodKey(p.period())) ? 1 : 0;
            qualifier += g.qualifier() == p.qualifier() ? 1 : 0;
        }
        List<QuantFact> spurious = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            if (!used.contains(i)) {
                spurious.add(predicted.get(i));
            }
        }
        double precision = predicted.isEmpty() ? 0 : (double) found / predicted.size();
        double recall = gold.isEmpty() ? 0 : (double) found / gold.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(
                gold.size(),
                predicted.size(),
                found,
                precision,
                recall,
                f1,
                found == 0 ? 0 : (double) subject / found,
                found == 0 ? 0 : (double) period / found,
                found == 0 ? 0 : (double) qualifier / found,
                missed,
                spurious);
    }

    private BigDecimal scaled(BigDecimal value, String unit) {
        return value.scaleByPowerOfTen(vocabulary.scaleOf(unit));
    }

    /** Periods compare without 年 (2023年 = 2023) and spaces. */
    private static String periodKey(String period) {
        return period == null ? null : period.replace("年", "").replace(" ", "").strip();
    }
}
