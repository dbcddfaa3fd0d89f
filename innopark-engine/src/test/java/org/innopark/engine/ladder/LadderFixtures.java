package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.ReportField;

/** Test data built through the domain: enterprises with reports for several years. */
final class LadderFixtures {

    static final SchemeRegistry OFFICIAL = SchemeRegistry.official();
    static final LadderAssessment ASSESSMENT = new LadderAssessment(OFFICIAL);

    private LadderFixtures() {}

    /** A valid credit code numbered n. */
    static CreditCode code(int n) {
        String first17 = String.format("91350100MA%07d", n);
        return CreditCode.of(first17 + CreditCode.checkCharacter(first17));
    }

    /** Figures as alternating field, value pairs. */
    static Map<ReportField, Number> figures(Object... pairs) {
        Map<ReportField, Number> map = new EnumMap<>(ReportField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((ReportField) pairs[i], (Number) pairs[i + 1]);
        }
        return map;
    }

    /** A builder for an enterprise registered on 2015-03-01, unlisted. */
    static EnterpriseFacts.Builder enterprise(int n) {
        return EnterpriseFacts.of(code(n))
                .registrationDate(LocalDate.of(2015, 3, 1))
                .listed(false);
    }

    static Scheme scheme(String id, int year) {
        return OFFICIAL.effective(id, year).orElseThrow();
    }
}
