package org.innopark.app.ladder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.registry.RegistryReads;
import org.innopark.engine.ladder.EnterpriseFacts;
import org.innopark.engine.ladder.SchemeRegistry;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns what the registry holds of a park's enterprises (their annual reports of a span of years, their
 * qualifications and the platforms they host, read through {@link RegistryReads}) into {@link EnterpriseFacts}.
 * Callers check the reader's scope first; {@code onlyCreditCode} narrows the park to one enterprise.
 */
@org.jspecify.annotations.NullMarked
@Component
class RegistryFacts {

    /**
     * A park's enterprises (by credit code, in credit-code order), their facts, and the basis of each external fact
     * the registry decided (or could not) for the last two data years loaded.
     */
    record Loaded(
            Map<CreditCode, Enterprise> enterprises,
            List<EnterpriseFacts> facts,
            Map<CreditCode, RecordFacts.Bases> bases,
            List<CoverageDeclaration> coverage) {

        /** The bases of an enterprise's facts for a scheme (by its base id) and year. */
        Map<String, FactBasis> bases(CreditCode creditCode, String schemeId, int year) {
            RecordFacts.Bases b = bases.get(creditCode);
            return b == null ? Map.of() : b.of(schemeId, year);
        }
    }

    private final RegistryReads registry;
    private final RecordFacts recordFacts;

    RegistryFacts(RegistryReads registry) {
        this.registry = registry;
        this.recordFacts = RecordFacts.official(SchemeRegistry.official());
    }

    RecordFacts recordFacts() {
        return recordFacts;
    }

    /**
     * Loads the reports of {@code firstYear..lastYear}; the external facts the registry decides are derived for the
     * data years {@code lastYear - 1} and {@code lastYear} (the years the ladder assesses).
     */
    Loaded load(String parkCode, @Nullable String onlyCreditCode, int firstYear, int lastYear) {
        Map<CreditCode, Enterprise> enterprises = new LinkedHashMap<>();
        List<EnterpriseFacts> facts = new ArrayList<>();
        Map<CreditCode, RecordFacts.Bases> bases = new HashMap<>();
        List<CoverageDeclaration> coverage = registry.coverage(parkCode);
        registry.forEachEnterprise(parkCode, onlyCreditCode, firstYear, lastYear, r -> {
            enterprises.put(r.enterprise().creditCode(), r.enterprise());
            EnterpriseFacts.Builder b = EnterpriseFacts.of(r.enterprise());
            r.reports().forEach(b::report);
            r.qualifications().forEach(b::qualification);
            bases.put(
                    r.enterprise().creditCode(),
                    recordFacts.supply(b, r, coverage, Math.max(firstYear, lastYear - 1), lastYear));
            facts.add(b.platforms(r.platforms()).build());
        });
        return new Loaded(enterprises, facts, bases, coverage);
    }

    /** The park of an enterprise, if it is in the registry. */
    Optional<String> parkOf(String creditCode) {
        return registry.parkOf(creditCode);
    }

    /** The latest year with an annual report in the park (or of one enterprise), if any. */
    Optional<Integer> latestYear(String parkCode, @Nullable String onlyCreditCode) {
        return registry.latestReportYear(parkCode, onlyCreditCode);
    }

    /** The park codes of the registry, in order. */
    List<String> parkCodes() {
        return registry.parkCodes();
    }

    /** Whether the park exists. */
    boolean parkExists(String code) {
        return registry.parkExists(code);
    }
}
