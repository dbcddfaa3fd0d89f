package org.innopark.app.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.registry.RegistryReads.DeclaredFact;
import org.innopark.app.registry.RegistryReads.EnterpriseRecord;
import org.innopark.engine.ladder.EnterpriseFacts;
import org.innopark.engine.ladder.FactDefinition;
import org.innopark.engine.ladder.Label;
import org.innopark.engine.ladder.Scheme;
import org.innopark.engine.ladder.SchemeRegistry;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.CreditRecordType;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.rules.Confidence;

/**
 * Derives the schemes' external facts from what the registry holds of an enterprise, by the rows of
 * {@link FactWindows}: its credit and compliance records read with the park's coverage declarations, its hosted
 * platforms, its reports, the industry code list, and the assessments declared for it. Each value is supplied to the
 * scheme and year it was derived for, with its {@link FactBasis}; a fact the registry cannot decide is left unknown,
 * with what would decide it. Nothing is assumed silently: where no coverage is declared, no record means unknown.
 */
final class RecordFacts {

    private final FactWindows windows;
    private final IndustryCatalogue catalogue;
    private final SchemeRegistry schemes;

    RecordFacts(FactWindows windows, IndustryCatalogue catalogue, SchemeRegistry schemes) {
        this.windows = windows;
        this.catalogue = catalogue;
        this.schemes = schemes;
    }

    static RecordFacts official(SchemeRegistry schemes) {
        return new RecordFacts(FactWindows.official(schemes), IndustryCatalogue.official(), schemes);
    }

    FactWindows windows() {
        return windows;
    }

    /** The bases of one enterprise's facts, by scheme id and data year, then fact id. */
    static final class Bases {
        private final Map<String, Map<String, FactBasis>> bySchemeYear = new HashMap<>();
        private final Map<Integer, Map<String, FactBasis>> declaredByYear = new HashMap<>();

        /** Every basis a scheme's assessment of a year used, derived or declared, by fact id. */
        Map<String, FactBasis> of(String schemeId, int year) {
            Map<String, FactBasis> out = new HashMap<>(declaredByYear.getOrDefault(year, Map.of()));
            out.putAll(bySchemeYear.getOrDefault(schemeId + "@" + year, Map.of()));
            return out;
        }

        void put(String schemeId, int year, FactBasis basis) {
            bySchemeYear
                    .computeIfAbsent(schemeId + "@" + year, k -> new HashMap<>())
                    .put(basis.factId(), basis);
        }

        void declared(int year, FactBasis basis) {
            declaredByYear.computeIfAbsent(year, k -> new HashMap<>()).put(basis.factId(), basis);
        }
    }

    /**
     * Supplies to the builder every fact the registry decides for the data years {@code firstYear..lastYear}, and
     * returns the bases of all (decided or not).
     */
    Bases supply(
            EnterpriseFacts.Builder builder,
            EnterpriseRecord record,
            List<CoverageDeclaration> coverage,
            int firstYear,
            int lastYear) {
        Bases bases = new Bases();
        Map<CreditRecordType, CoverageDeclaration> covered = new EnumMap<>(CreditRecordType.class);
        for (CoverageDeclaration d : coverage) {
            if (d.parkCode().equals(record.enterprise().parkCode())) {
                covered.put(d.type(), d);
            }
        }
        for (int y = firstYear; y <= lastYear; y++) {
            for (FactWindows.Window w : windows.all()) {
                FactBasis basis = derive(w, record, covered, y);
                if (basis.known()) {
                    builder.schemeFact(w.schemeId(), y, w.factId(), basis.value());
                }
                bases.put(w.schemeId(), y, basis);
            }
        }
        for (DeclaredFact d : record.declaredFacts()) {
            Optional<FactDefinition> def = definition(d.factId());
            if (def.isEmpty()) {
                continue;
            }
            Object value = declaredValue(def.get(), d.value());
            builder.fact(d.year(), d.factId(), value);
            bases.declared(
                    d.year(),
                    new FactBasis(
                            d.factId(),
                            FactBasis.Source.DECLARED,
                            value,
                            new Label(
                                    "依据声明:" + d.declaredBy() + " 于 "
                                            + d.declaredAt().toLocalDate() + " 声明 " + d.value(),
                                    "declared by " + d.declaredBy() + " on "
                                            + d.declaredAt().toLocalDate() + ": " + d.value()),
                            Confidence.PARTIAL));
        }
        return bases;
    }

    /** The definition of a fact by id in any official scheme (the first version that defines it). */
    Optional<FactDefinition> definition(String factId) {
        for (String id : schemes.ids()) {
            for (Scheme s : schemes.versions(id)) {
                Optional<FactDefinition> d = s.fact(factId);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a fact is derived from the registry for some scheme (and so is not declared by hand). */
    boolean derived(String factId) {
        return windows.all().stream().anyMatch(w -> w.factId().equals(factId));
    }

    static Object declaredValue(FactDefinition d, String text) {
        return switch (d.type()) {
            case NUMBER -> Double.parseDouble(text);
            case BOOLEAN -> Boolean.parseBoolean(text);
            case CHOICE -> text;
        };
    }

    FactBasis derive(
            FactWindows.Window w, EnterpriseRecord r, Map<CreditRecordType, CoverageDeclaration> covered, int year) {
        return switch (w.derivation()) {
            case RECORDS -> records(w, r.creditRecords(), covered, year);
            case PLATFORMS -> platforms(w, r.platforms(), year);
            case REPORTS, AWARDS -> reports(w, r, year);
            case CATALOGUE -> catalogue(w, r);
        };
    }

    private FactBasis records(
            FactWindows.Window w,
            List<CreditRecord> records,
            Map<CreditRecordType, CoverageDeclaration> covered,
            int year) {
        LocalDate start = w.start(year);
        LocalDate end = w.end(year);
        LocalDate dataYearEnd = LocalDate.of(year, 12, 31);
        // The last day checked: the window's end, or the last day every type is complete through if earlier.
        LocalDate checkedTo = end;
        List<String> missingZh = new ArrayList<>();
        List<String> missingEn = new ArrayList<>();
        List<String> coveredZh = new ArrayList<>();
        List<String> coveredEn = new ArrayList<>();
        for (CreditRecordType t : w.recordTypes()) {
            CoverageDeclaration d = covered.get(t);
            // Complete from the window's start through its end, or through the data year's end and into the
            // window when the window runs on past it (a filing year not over yet).
            LocalDate needed = dataYearEnd.isBefore(end) ? dataYearEnd : end;
            boolean ok = d != null
                    && !d.completeSince().isAfter(start)
                    && !d.completeThrough().isBefore(needed)
                    && !d.completeThrough().isBefore(start);
            if (!ok) {
                missingZh.add(t.zh());
                missingEn.add(t.en());
                continue;
            }
            if (d.completeThrough().isBefore(checkedTo)) {
                checkedTo = d.completeThrough();
            }
            coveredZh.add(t.zh() + ", 截至 " + d.completeThrough() + " 完整");
            coveredEn.add(t.en() + ", complete through " + d.completeThrough());
        }
        for (CreditRecord c : records) {
            if (!w.recordTypes().contains(c.type())) {
                continue;
            }
            if (w.minLevel() != null && c.type().hasLevel() && !c.level().atLeast(w.minLevel())) {
                continue;
            }
            LocalDate day = missingZh.isEmpty() ? checkedTo : end;
            boolean hit = w.check() == FactWindows.Check.AT_END ? c.inForceOn(day) : c.touches(start, end);
            if (hit) {
                String what = c.type().zh()
                        + (c.level() == null ? "" : "(" + c.level().zh() + ")");
                String whatEn = c.type().en()
                        + (c.level() == null ? "" : " (" + c.level().en() + ")");
                return basis(
                        w,
                        FactBasis.Source.RECORDS,
                        true,
                        new Label(
                                "依据: 信用记录登记(" + what + ", " + c.date() + ", " + c.referenceNo() + ", 来源 " + c.source()
                                        + ")",
                                "basis: credit register (" + whatEn + ", " + c.date() + ", " + c.referenceNo()
                                        + ", source " + c.source() + ")"));
            }
        }
        if (!missingZh.isEmpty()) {
            return basis(
                    w,
                    FactBasis.Source.UNKNOWN,
                    null,
                    new Label(
                            "待定: 园区未声明" + String.join("、", missingZh) + "自 " + start + " 起完整登记",
                            "undecided: the park has not declared " + String.join(", ", missingEn) + " complete since "
                                    + start));
        }
        return basis(
                w,
                FactBasis.Source.RECORDS,
                false,
                new Label(
                        "依据: 信用记录登记(" + String.join("; ", coveredZh) + "), " + start + " 至 " + checkedTo + " 无相关记录",
                        "basis: credit register (" + String.join("; ", coveredEn) + "), no record from " + start
                                + " to " + checkedTo));
    }

    private FactBasis platforms(FactWindows.Window w, List<InnovationPlatform> hosted, int year) {
        int by = year + w.to();
        for (InnovationPlatform p : hosted) {
            if (p.level().ordinal() <= w.platformLevel().ordinal()
                    && (p.approvedYear() == null || p.approvedYear() <= by)) {
                return basis(
                        w,
                        FactBasis.Source.REGISTRY,
                        true,
                        new Label(
                                "依据: 创新平台登记(" + p.name() + ", " + p.level().zh()
                                        + p.type().zh() + ")",
                                "basis: innovation platforms (" + p.name() + ", "
                                        + p.level().en() + " " + p.type().en() + ")"));
            }
        }
        return basis(
                w,
                FactBasis.Source.REGISTRY,
                false,
                new Label(
                        "依据: 创新平台登记(无依托本企业的" + w.platformLevel().zh() + "及以上平台)",
                        "basis: innovation platforms (none of "
                                + w.platformLevel().en() + " level or above hosted)"));
    }

    private FactBasis reports(FactWindows.Window w, EnterpriseRecord r, int year) {
        Map<Integer, AnnualReport> byYear = new HashMap<>();
        r.reports().forEach(a -> byYear.put(a.year(), a));
        LocalDate reg = r.enterprise().registrationDate();
        long sum = 0;
        List<Integer> missing = new ArrayList<>();
        for (int y = year + w.from(); y <= year + w.to(); y++) {
            if (reg != null && y < reg.getYear()) {
                continue;
            }
            AnnualReport a = byYear.get(y);
            if (a == null || a.get(w.field()) == null) {
                missing.add(y);
            } else {
                sum += a.get(w.field()).longValue();
            }
        }
        String span = (year + w.from()) + "–" + (year + w.to());
        String field = w.field().zh();
        if (sum > 0 && w.derivation() == FactWindows.Derivation.REPORTS) {
            return basis(
                    w,
                    FactBasis.Source.REGISTRY,
                    true,
                    new Label(
                            "依据: 企业年报(" + span + "年" + field + "合计 " + sum + ")",
                            "basis: annual reports (" + w.field().en() + " " + span + ": " + sum + ")"));
        }
        if (sum > 0) {
            return basis(
                    w,
                    FactBasis.Source.UNKNOWN,
                    null,
                    new Label(
                            "待定: 企业年报" + span + "年" + field + "合计 " + sum + ",获奖级别与排名需核实",
                            "undecided: " + w.field().en() + " " + span + " is " + sum
                                    + "; the award's level and rank need checking"));
        }
        if (!missing.isEmpty()) {
            return basis(
                    w,
                    FactBasis.Source.UNKNOWN,
                    null,
                    new Label(
                            "待定: 缺少" + missing + "年企业年报的" + field,
                            "undecided: " + w.field().en() + " not reported for " + missing));
        }
        return basis(
                w,
                FactBasis.Source.REGISTRY,
                false,
                new Label(
                        "依据: 企业年报(" + span + "年" + field + "均为 0)",
                        "basis: annual reports (" + w.field().en() + " 0 in every year " + span + ")"));
    }

    private FactBasis catalogue(FactWindows.Window w, EnterpriseRecord r) {
        var e = r.enterprise();
        Optional<IndustryCatalogue.Match> m = catalogue.lookUp(e.industry(), e.name());
        if (m.isEmpty()) {
            return basis(
                    w,
                    FactBasis.Source.UNKNOWN,
                    null,
                    new Label("待定: 未登记行业代码", "undecided: no industry code registered"));
        }
        IndustryCatalogue.Match match = m.get();
        if (match.restricted() == null) {
            return new FactBasis(
                    w.factId(),
                    FactBasis.Source.UNKNOWN,
                    null,
                    new Label(
                            "待定: 行业 " + e.industry().value() + " 涉及《产业结构调整指导目录("
                                    + match.entry().edition() + "年本)》"
                                    + match.entry().category() + "条目“"
                                    + match.entry().item() + "”,需核实产品",
                            "undecided: industry " + e.industry().value()
                                    + " has restricted or phase-out entries in the "
                                    + match.entry().edition() + " catalogue; the products need checking"),
                    match.entry().confidence());
        }
        if (match.restricted()) {
            return new FactBasis(
                    w.factId(),
                    FactBasis.Source.REGISTRY,
                    true,
                    new Label(
                            "依据: 《产业结构调整指导目录(" + match.entry().edition() + "年本)》"
                                    + match.entry().category()
                                    + "“" + match.entry().item() + "”(行业 "
                                    + e.industry().value() + ", 名称含“"
                                    + match.keyword() + "”)",
                            "basis: the " + match.entry().edition() + " industrial-structure catalogue (industry "
                                    + e.industry().value() + ", name contains '" + match.keyword() + "')"),
                    match.entry().confidence());
        }
        return basis(
                w,
                FactBasis.Source.REGISTRY,
                false,
                new Label(
                        "依据: 《产业结构调整指导目录(2024年本)》行业映射(行业 " + e.industry().value() + " 不涉及限制类、淘汰类)",
                        "basis: the 2024 industrial-structure catalogue by industry ("
                                + e.industry().value() + " has no restricted or phase-out entries)"));
    }

    /** A fact's basis under its window: the window's fact and confidence with what was found. */
    private static FactBasis basis(FactWindows.Window w, FactBasis.Source source, Object value, Label text) {
        return new FactBasis(w.factId(), source, value, text, w.confidence());
    }
}
