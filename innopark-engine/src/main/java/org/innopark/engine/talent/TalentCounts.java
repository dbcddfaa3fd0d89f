package org.innopark.engine.talent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.innopark.engine.registry.Level;

/**
 * The counts a bulletin quotes about a park's talents ("10个科创平台已集聚人才1030人，其中硕士以上学历537人，占人才总数的
 * 52%"): people by education, by the highest level of the programmes that selected them, by programme, field,
 * employer and platform, with each count's share of the whole; 科学家工作室 and 科研团队 with their members. Shares are
 * percentages of all people counted (one decimal, half up); the headline's share is a whole percent as bulletins
 * write it.
 */
public record TalentCounts(
        int total,
        int masterOrAbove,
        BigDecimal masterOrAbovePercent,
        int doctorates,
        int returnees,
        int selections,
        List<Share> byEducation,
        List<Share> byLevel,
        List<Share> byProgramme,
        List<Share> byField,
        List<Share> byEmployer,
        List<PlatformCount> byPlatform,
        int platformTalents,
        int platformMasterOrAbove,
        int studios,
        int teams,
        int groupMembers) {

    /** The key of people whose education, level, field or platform is not recorded. */
    public static final String NONE = "-";

    /** One group of people: its key, label, count and percentage of all people. */
    public record Share(String key, String label, int count, BigDecimal percent) {}

    /** The people working at one platform. */
    public record PlatformCount(String platform, int talents, int masterOrAbove, int doctorates) {}

    /**
     * Counts the people and groups.
     *
     * @param programmes to name each programme by its canonical name (a programme the file does not know keeps its
     *     name as written)
     * @param employerName the name of an employer by its credit code (the code itself when unknown)
     */
    public static TalentCounts of(
            List<TalentPerson> people,
            List<ResearchGroup> groups,
            TalentProgrammes programmes,
            Function<String, String> employerName) {
        int total = people.size();
        Map<String, int[]> education = new LinkedHashMap<>();
        for (Education e : Education.values()) {
            education.put(e.name(), new int[1]);
        }
        Map<String, int[]> level = new LinkedHashMap<>();
        for (Level l : Level.values()) {
            level.put(l.name(), new int[1]);
        }
        Map<String, int[]> programme = new LinkedHashMap<>();
        Map<String, int[]> field = new LinkedHashMap<>();
        Map<String, int[]> employer = new LinkedHashMap<>();
        Map<String, int[]> platforms = new LinkedHashMap<>();
        int masters = 0;
        int doctors = 0;
        int returnees = 0;
        int selections = 0;
        int platformTalents = 0;
        int platformMasters = 0;
        for (TalentPerson p : people) {
            boolean master = p.education() != null && p.education().masterOrAbove();
            boolean doctor = p.education() == Education.DOCTORATE;
            masters += master ? 1 : 0;
            doctors += doctor ? 1 : 0;
            returnees += p.returnee() ? 1 : 0;
            bump(education, p.education() == null ? NONE : p.education().name());
            Level highest = p.highestLevel();
            bump(level, highest == null ? NONE : highest.name());
            for (String name : p.selections().stream()
                    .map(s -> programmes
                            .resolve(s.programme())
                            .map(TalentProgrammes.Programme::name)
                            .orElse(s.programme()))
                    .distinct()
                    .toList()) {
                bump(programme, name);
                selections++;
            }
            bump(field, p.field() == null ? NONE : p.field());
            bump(employer, p.employer().value());
            if (p.platform() != null) {
                int[] c = platforms.computeIfAbsent(p.platform(), k -> new int[3]);
                c[0]++;
                c[1] += master ? 1 : 0;
                c[2] += doctor ? 1 : 0;
                platformTalents++;
                platformMasters += master ? 1 : 0;
            }
        }
        List<Share> byEducation = shares(
                education,
                total,
                k -> NONE.equals(k) ? "未填报" : Education.valueOf(k).zh());
        List<Share> byLevel = shares(
                level, total, k -> NONE.equals(k) ? "未入选人才计划" : Level.valueOf(k).zh());
        List<PlatformCount> byPlatform = new ArrayList<>();
        platforms.forEach((k, c) -> byPlatform.add(new PlatformCount(k, c[0], c[1], c[2])));
        byPlatform.sort(
                Comparator.comparingInt(PlatformCount::talents).reversed().thenComparing(PlatformCount::platform));
        int studios = 0;
        int teams = 0;
        int members = 0;
        for (ResearchGroup g : groups) {
            studios += g.kind() == ResearchGroup.Kind.STUDIO ? 1 : 0;
            teams += g.kind() == ResearchGroup.Kind.TEAM ? 1 : 0;
            members += g.members();
        }
        return new TalentCounts(
                total,
                masters,
                percent(masters, total, 1),
                doctors,
                returnees,
                selections,
                byEducation,
                byLevel,
                sorted(shares(programme, total, Function.identity())),
                sorted(shares(field, total, k -> NONE.equals(k) ? "未填报" : k)),
                sorted(shares(employer, total, employerName)),
                List.copyOf(byPlatform),
                platformTalents,
                platformMasters,
                studios,
                teams,
                members);
    }

    /** The number of platforms with at least one talent. */
    public int platforms() {
        return byPlatform.size();
    }

    /**
     * The bulletin's sentence: "10个科创平台已集聚人才1030人，其中硕士以上学历537人，占人才总数的52%" for the people at
     * platforms; the park's whole count when no one is recorded at a platform; empty when there is no one.
     */
    public String headline() {
        if (total == 0) {
            return "";
        }
        if (platformTalents == 0) {
            return "园区已集聚人才" + total + "人，其中硕士以上学历" + masterOrAbove + "人，占人才总数的"
                    + percent(masterOrAbove, total, 0).toPlainString() + "%";
        }
        return platforms() + "个科创平台已集聚人才" + platformTalents + "人，其中硕士以上学历" + platformMasterOrAbove + "人，占人才总数的"
                + percent(platformMasterOrAbove, platformTalents, 0).toPlainString() + "%";
    }

    static BigDecimal percent(int part, int whole, int scale) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
    }

    private static void bump(Map<String, int[]> map, String key) {
        map.computeIfAbsent(key, k -> new int[1])[0]++;
    }

    private static List<Share> shares(Map<String, int[]> counts, int total, Function<String, String> label) {
        List<Share> out = new ArrayList<>();
        counts.forEach((k, c) -> {
            if (c[0] > 0 || !NONE.equals(k)) {
                out.add(new Share(k, label.apply(k), c[0], percent(c[0], total, 1)));
            }
        });
        return out;
    }

    private static List<Share> sorted(List<Share> shares) {
        List<Share> out = new ArrayList<>(shares);
        out.sort(Comparator.comparingInt(Share::count).reversed().thenComparing(Share::key));
        return List.copyOf(out);
    }
}
