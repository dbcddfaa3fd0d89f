package org.innopark.engine.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 查重: a new or changed project against the park's projects. The same investor credit code or the same normalised
 * investor name is a duplicate (refused); a name at least {@code threshold} similar is a near-duplicate (warned).
 */
public final class Duplicates {

    /** How a project resembles another. */
    public enum Kind {
        CREDIT_CODE("统一社会信用代码相同", "same credit code", true),
        NAME("投资方名称相同(归一化后)", "same investor name (normalised)", true),
        NEAR("投资方名称相近", "similar investor name", false);

        private final String zh;
        private final String en;
        private final boolean refused;

        Kind(String zh, String en, boolean refused) {
            this.zh = zh;
            this.en = en;
            this.refused = refused;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }

        /** Whether the match refuses the project (else it is a warning). */
        public boolean refused() {
            return refused;
        }
    }

    /** An existing project as the check sees it; closed projects (终止/流失) do not count. */
    public record Existing(String projectNo, String projectName, String investorName, String creditCode, String key) {

        /** An existing project whose normalised investor key is computed here. */
        public Existing(String projectNo, String projectName, String investorName, String creditCode) {
            this(projectNo, projectName, investorName, creditCode, InvestorNames.key(investorName));
        }
    }

    /** A match, best first. */
    public record Hit(Kind kind, String projectNo, String projectName, String investorName, double similarity) {
        public String message() {
            return kind.zh() + ": " + projectNo + " " + projectName + "(" + investorName + ") / " + kind.en() + ": "
                    + projectNo;
        }
    }

    private Duplicates() {}

    /** The matches of an investor among the existing projects (its own project number excluded). */
    public static List<Hit> find(
            String projectNo, String investorName, String creditCode, List<Existing> existing, double threshold) {
        String key = InvestorNames.key(investorName);
        List<Hit> hits = new ArrayList<>();
        for (Existing e : existing) {
            if (e.projectNo().equals(projectNo)) {
                continue;
            }
            if (creditCode != null && !creditCode.isBlank() && creditCode.equals(e.creditCode())) {
                hits.add(new Hit(Kind.CREDIT_CODE, e.projectNo(), e.projectName(), e.investorName(), 1));
                continue;
            }
            String other = e.key() == null ? InvestorNames.key(e.investorName()) : e.key();
            if (key.isEmpty() || other.isEmpty()) {
                continue;
            }
            boolean bothCoded = creditCode != null && !creditCode.isBlank() && e.creditCode() != null;
            if (key.equals(other) && !bothCoded) {
                hits.add(new Hit(Kind.NAME, e.projectNo(), e.projectName(), e.investorName(), 1));
                continue;
            }
            double s = InvestorNames.similarity(key, other);
            if (InvestorNames.near(key, other, threshold) || (key.equals(other) && bothCoded)) {
                hits.add(new Hit(Kind.NEAR, e.projectNo(), e.projectName(), e.investorName(), s));
            }
        }
        hits.sort(Comparator.comparing((Hit h) -> h.kind().ordinal()).thenComparing(h -> -h.similarity()));
        return hits;
    }
}
