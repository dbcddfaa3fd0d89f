package org.innopark.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelTests {

    private static final StageScheme S = StageSchemes.shipped();

    private static ProjectFacts project(
            String no,
            String chain,
            String owner,
            String amountYuan,
            List<ProjectFacts.Funds> funds,
            Object... stages) {
        List<ProjectFacts.Entry> h = new ArrayList<>();
        for (int i = 0; i < stages.length; i += 2) {
            h.add(new ProjectFacts.Entry((String) stages[i], LocalDate.parse((String) stages[i + 1])));
        }
        return new ProjectFacts(
                no,
                chain,
                owner,
                amountYuan == null ? null : new BigDecimal(amountYuan),
                h.get(h.size() - 1).stage(),
                h,
                funds);
    }

    private static final List<ProjectFacts> PROJECTS = List.of(
            // signed 2025, produced 2026: a 超亿元 project, 2亿 received of 3亿
            project(
                    "A",
                    "battery",
                    "wang",
                    "300000000",
                    List.of(new ProjectFacts.Funds(LocalDate.parse("2025-09-01"), new BigDecimal("200000000"))),
                    "lead",
                    "2025-01-10",
                    "talks",
                    "2025-03-01",
                    "signed",
                    "2025-05-01",
                    "started",
                    "2025-08-01",
                    "funded",
                    "2025-09-01",
                    "production",
                    "2026-03-01"),
            // signed 2025, not started
            project(
                    "B",
                    "battery",
                    "li",
                    "50000000",
                    List.of(),
                    "lead",
                    "2025-02-01",
                    "contact",
                    "2025-02-20",
                    "talks",
                    "2025-04-01",
                    "signed",
                    "2025-07-01"),
            // lead 2025, lost 2025
            project("C", "pv", "wang", null, List.of(), "lead", "2025-03-01", "lost", "2025-06-01"),
            // lead 2026
            project("D", "pv", "li", null, List.of(), "lead", "2026-02-01"));

    @Test
    void countsEveryStageReachedInTheYearCountingSkippedStages() {
        Funnel.Figures f = Funnel.year(S, PROJECTS, 2025).total();
        assertThat(f.stages())
                .extracting(Funnel.StageCount::code, Funnel.StageCount::reached)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("lead", 3),
                        org.assertj.core.groups.Tuple.tuple("contact", 2), // A skipped 接洽: reached on its 在谈 day
                        org.assertj.core.groups.Tuple.tuple("talks", 2),
                        org.assertj.core.groups.Tuple.tuple("signed", 2),
                        org.assertj.core.groups.Tuple.tuple("planned-start", 1),
                        org.assertj.core.groups.Tuple.tuple("started", 1),
                        org.assertj.core.groups.Tuple.tuple("funded", 1),
                        org.assertj.core.groups.Tuple.tuple("production", 0));
        assertThat(f.stages())
                .filteredOn(s -> s.code().equals("lost"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.reached()).isEqualTo(1);
                    assertThat(s.current()).isEqualTo(1);
                });
        assertThat(f.signed()).isEqualTo(2);
        assertThat(f.signedYuan()).isEqualByComparingTo("350000000");
        assertThat(f.bigProjects()).isEqualTo(1);
        assertThat(f.fundsYuan()).isEqualByComparingTo("200000000");
        assertThat(f.fundsRate()).isCloseTo(200.0 / 350.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(f.rates())
                .extracting(Funnel.RateValue::key, Funnel.RateValue::numerator)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("landing", 1),
                        org.assertj.core.groups.Tuple.tuple("start", 1),
                        org.assertj.core.groups.Tuple.tuple("production", 1));
        assertThat(f.rates().get(2).value()).isEqualTo(0.5);
    }

    @Test
    void theNextYearCountsOnlyItsOwnEventsAndAveragesTheDaysAtEachStage() {
        Funnel.Report r = Funnel.year(S, PROJECTS, 2026);
        assertThat(r.total().signed()).isZero();
        assertThat(r.total().rates()).allSatisfy(v -> assertThat(v.value()).isNull());
        assertThat(r.total().stages())
                .filteredOn(s -> s.code().equals("production"))
                .singleElement()
                .satisfies(s -> assertThat(s.reached()).isEqualTo(1));
        // A's 到资 (2025-09-01) → 投产 (2026-03-01): 181 days, the only move in 2026
        assertThat(r.total().averageDays().get("funded")).isEqualTo(181.0);
        Funnel.Figures y2025 = Funnel.year(S, PROJECTS, 2025).total();
        // 在谈 → 签约: A 61 days, B 91 days
        assertThat(y2025.averageDays().get("talks")).isEqualTo(76.0);
        assertThat(r.byChain()).containsOnlyKeys("battery", "pv");
        assertThat(r.byOwner().get("li").stages().get(0).reached()).isEqualTo(1);
    }
}
