package org.innopark.app.ladder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.registry.RegistryReads;
import org.innopark.engine.ladder.EnterpriseFacts;
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

    /** A park's enterprises (by credit code, in credit-code order) and their facts. */
    record Loaded(Map<CreditCode, Enterprise> enterprises, List<EnterpriseFacts> facts) {}

    private final RegistryReads registry;

    RegistryFacts(RegistryReads registry) {
        this.registry = registry;
    }

    Loaded load(String parkCode, @Nullable String onlyCreditCode, int firstYear, int lastYear) {
        Map<CreditCode, Enterprise> enterprises = new LinkedHashMap<>();
        List<EnterpriseFacts> facts = new ArrayList<>();
        registry.forEachEnterprise(parkCode, onlyCreditCode, firstYear, lastYear, r -> {
            enterprises.put(r.enterprise().creditCode(), r.enterprise());
            EnterpriseFacts.Builder b = EnterpriseFacts.of(r.enterprise());
            r.reports().forEach(b::report);
            r.qualifications().forEach(b::qualification);
            facts.add(b.platforms(r.platforms()).build());
        });
        return new Loaded(enterprises, facts);
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
