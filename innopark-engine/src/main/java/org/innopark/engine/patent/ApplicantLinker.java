package org.innopark.engine.patent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links patent applicants to registry enterprises (申请人归一): by credit code when the data gives one, else by the
 * normalised name, the parent of a branch, the name without its legal form, or without bracketed notes, in that
 * order. Each link carries its evidence and confidence; weak or ambiguous links are marked for an analyst.
 */
public final class ApplicantLinker {

    /** An enterprise of the registry, by id only. */
    public record Enterprise(String creditCode, String name) {}

    private final Map<String, Enterprise> byCode = new HashMap<>();
    private final Map<String, List<Enterprise>> byName = new HashMap<>();
    private final Map<String, List<Enterprise>> byCore = new HashMap<>();
    private final Map<String, List<Enterprise>> byBare = new HashMap<>();

    public ApplicantLinker(List<Enterprise> enterprises) {
        for (Enterprise e : enterprises) {
            byCode.put(e.creditCode(), e);
            ApplicantName n = ApplicantName.of(e.name());
            byName.computeIfAbsent(n.normalised(), k -> new ArrayList<>()).add(e);
            byCore.computeIfAbsent(n.core(), k -> new ArrayList<>()).add(e);
            byBare.computeIfAbsent(n.coreWithoutBrackets(), k -> new ArrayList<>())
                    .add(e);
        }
    }

    /** The link of one applicant (its credit code may be null), or empty when no enterprise fits. */
    public Optional<ApplicantLink> link(String applicant, String creditCode) {
        if (creditCode != null && byCode.containsKey(creditCode.strip())) {
            Enterprise e = byCode.get(creditCode.strip());
            return Optional.of(link(applicant, List.of(e), LinkEvidence.CREDIT_CODE));
        }
        ApplicantName n = ApplicantName.of(applicant);
        if (n.looksLikePerson()) {
            return Optional.empty();
        }
        List<Enterprise> found = byName.get(n.normalised());
        if (found != null) {
            return Optional.of(link(applicant, found, LinkEvidence.SAME_NAME));
        }
        if (!n.branch().isEmpty() && byName.containsKey(n.parent())) {
            return Optional.of(link(applicant, byName.get(n.parent()), LinkEvidence.BRANCH_OF));
        }
        if (n.core().length() >= 4 && byCore.containsKey(n.core())) {
            return Optional.of(link(applicant, byCore.get(n.core()), LinkEvidence.SAME_CORE));
        }
        if (n.coreWithoutBrackets().length() >= 2 && byBare.containsKey(n.coreWithoutBrackets())) {
            return Optional.of(
                    link(applicant, byBare.get(n.coreWithoutBrackets()), LinkEvidence.SAME_CORE_WITHOUT_BRACKETS));
        }
        return Optional.empty();
    }

    /** The links of many applicants, each name once, in the order first seen. */
    public Map<String, ApplicantLink> linkAll(List<String> applicants) {
        Map<String, ApplicantLink> out = new LinkedHashMap<>();
        for (String a : applicants) {
            if (!out.containsKey(a)) {
                link(a, null).ifPresent(l -> out.put(a, l));
            }
        }
        return out;
    }

    private static ApplicantLink link(String applicant, List<Enterprise> candidates, LinkEvidence evidence) {
        Enterprise first = candidates.get(0);
        List<String> others =
                candidates.stream().skip(1).map(Enterprise::creditCode).toList();
        boolean ambiguous = !others.isEmpty();
        double confidence = ambiguous ? evidence.confidence() / candidates.size() : evidence.confidence();
        return new ApplicantLink(
                applicant,
                first.creditCode(),
                first.name(),
                evidence,
                confidence,
                evidence.needsConfirmation() || ambiguous,
                others);
    }
}
