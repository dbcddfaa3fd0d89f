package org.innopark.engine.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.innopark.engine.demo.CandidatePoolSimulation;
import org.innopark.engine.io.ParkFirmsData;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InvalidValueException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pool cut into parts: the parts' counts add up to the whole pool's, and each part ranked against the whole's plan,
 * its top lists merged, is the ranking of the whole pool (what the Spark job relies on).
 */
class PoolSummaryTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static ChainLibrary library = ChainLibrary.builtIn();
    static ProductDictionary dictionary = new ProductDictionary(library.chains());
    static IndustryChain chain = library.get("power-battery-nev");
    static List<CandidatePool.Firm> firms = new ArrayList<>();
    static List<ParkPortfolio> parks;

    @BeforeAll
    static void data() {
        List<String[]> parkRows = new ArrayList<>();
        int[] k = {0};
        new CandidatePoolSimulation(7L, DAY).generate(3_600, e -> {
            if (k[0]++ < 600) {
                // the first 600 drawn are two parks' enterprises, the rest the pool
                parkRows.add(new String[] {
                    k[0] % 3 == 0 ? "CZHTZ" : "CCHTZ",
                    k[0] % 3 == 0 ? "常州" : "长春",
                    e.creditCode(),
                    e.name(),
                    e.industry(),
                    e.mainProducts(),
                    e.businessScope(),
                    String.valueOf(e.revenueYuan() / 1e4),
                    e.highTech() ? "高新技术企业" : ""
                });
            } else {
                firms.add(CandidatePool.Firm.of(e, dictionary.in(e.text())));
            }
        });
        parks = ParkFirmsData.portfolios(
                ParkFirmsData.layout(
                        List.of("园区代码", "园区所在城市", "统一社会信用代码", "企业名称", "行业代码", "主营产品", "经营范围", "营业收入(万元)", "资质")),
                parkRows,
                chain,
                dictionary);
    }

    static CandidatePool pool(int part, int parts) {
        CandidatePool.Builder b = CandidatePool.builder(dictionary);
        for (int i = 0; i < firms.size(); i++) {
            if (parts == 1 || i % parts == part) {
                b.add(firms.get(i));
            }
        }
        return b.build();
    }

    @Test
    void thePartsCountsAddUpToTheWholePoolsAndTheirMergedTopListsAreTheWholeRanking() {
        CandidatePool whole = pool(0, 1);
        PoolSummary summary = PoolSummary.empty();
        List<CandidatePool> parts = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            CandidatePool part = pool(p, 4);
            parts.add(part);
            summary = summary.plus(PoolSummary.of(part, new PoolChainView(part, chain)));
        }
        assertThat(summary).isEqualTo(PoolSummary.of(whole, new PoolChainView(whole, chain)));
        assertThat(summary.size()).isEqualTo(3_000);

        for (ParkPortfolio park : parks) {
            List<Target> expected = ChainAnalysis.of(
                            whole,
                            new PoolChainView(whole, chain),
                            parks,
                            park.parkCode(),
                            DAY,
                            Set.of(),
                            TargetingRules.defaults())
                    .ranking()
                    .top(60);
            ChainAnalysis.Plan plan = ChainAnalysis.plan(
                    summary, chain, parks, park.parkCode(), DAY, Set.of(), TargetingRules.defaults());
            List<List<Target>> lists = new ArrayList<>();
            parts.forEach(part -> lists.add(plan.rank(part).top(60)));

            assertThat(TargetRanking.merge(lists, 60)).isEqualTo(expected);
            assertThat(expected).hasSize(60);
            assertThat(expected.get(0).score()).isGreaterThan(expected.get(59).score());
        }
    }

    @Test
    void aParkFirmOnANodeTheChainLacksIsNamedWithItsRow() {
        String a = "91220101MA0Y0K1T4";
        String b = "91220101MA0Y0K2D5";
        List<String[]> rows = List.of(
                new String[] {
                    "CCHTZ",
                    a + CreditCode.checkCharacter(a),
                    chain.mappableNodes().get(0).id()
                },
                new String[] {"CCHTZ", b + CreditCode.checkCharacter(b), "no-such-node"});
        assertThatThrownBy(() -> ParkFirmsData.portfolios(
                        ParkFirmsData.layout(List.of("园区代码", "统一社会信用代码", "产业链环节")), rows, chain, dictionary))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("row 3")
                .hasMessageContaining("no-such-node");
    }
}
