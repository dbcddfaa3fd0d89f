package org.innopark.engine.patent;

import java.util.List;

/**
 * An applicant linked to a registry enterprise, with the evidence and its confidence.
 *
 * @param applicant the applicant as written
 * @param creditCode the enterprise's unified social credit code
 * @param enterpriseName the enterprise's registered name
 * @param needsConfirmation whether an analyst must confirm it: weak evidence, or more than one enterprise fits (the
 *     others are in {@code alternatives})
 * @param alternatives the credit codes of other enterprises that fit as well
 */
public record ApplicantLink(
        String applicant,
        String creditCode,
        String enterpriseName,
        LinkEvidence evidence,
        double confidence,
        boolean needsConfirmation,
        List<String> alternatives) {

    public ApplicantLink {
        alternatives = List.copyOf(alternatives);
    }

    /** What the link rests on, in a sentence for the analyst. */
    public String explanation() {
        String s = "“" + applicant + "” → " + enterpriseName + " (" + creditCode + "): " + evidence.zh();
        return alternatives.isEmpty() ? s : s + "; 另有 " + alternatives.size() + " 家企业同样匹配: " + alternatives;
    }
}
