package org.innopark.engine.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.innopark.engine.demo.CandidatePoolSimulation;
import org.junit.jupiter.api.Test;

class BacktestTests {

    private static final LocalDate T0 = LocalDate.of(2024, 12, 31);
    private static final LocalDate T1 = LocalDate.of(2025, 12, 31);
    private final IndustryChain chain = ChainTestData.chain();

    /** 200 firms; the 10 that move in during (T0, T1] are the ones with signals before T0; 5 moved in before T0. */
    private CandidatePool pool() {
        CandidatePool.Builder b = CandidatePool.builder(new ProductDictionary(List.of(chain)));
        for (int i = 0; i < 200; i++) {
            boolean mover = i % 20 == 7;
            boolean early = i % 40 == 3;
            List<CandidatePool.Signal> signals =
                    mover ? List.of(new CandidatePool.Signal(ExpansionSignal.LAND, T0.minusMonths(2))) : List.of();
            b.add(new CandidatePool.Firm(
                    String.format("F%03d", i),
                    "候选" + i,
                    "3841",
                    Cities.of("合肥"),
                    1e7,
                    0.1,
                    false,
                    false,
                    false,
                    false,
                    List.of(),
                    signals,
                    mover || early ? "P" : null,
                    mover ? T0.plusMonths(3) : early ? T0.minusMonths(3) : null));
        }
        return b.build();
    }

    private List<ParkPortfolio> parks() {
        List<ParkFirm> own = new ArrayList<>();
        own.add(new ParkFirm(
                "R1",
                "本区一",
                "3841",
                1e8,
                0,
                false,
                false,
                false,
                null,
                null,
                List.of(new NodeAssignment("cell", List.of(), false))));
        own.add(new ParkFirm("R2", "本区二", "3985", 1e8, 0, false, false, false, T1, null, List.of()));
        return List.of(
                new ParkPortfolio("P", Cities.of("合肥"), own),
                new ParkPortfolio(
                        "Q",
                        Cities.of("西安"),
                        List.of(new ParkFirm("S1", "他区", "3612", 1e8, 0, false, false, false, null, null, List.of()))));
    }

    @Test
    void findsTheArrivalsTheSignalsForetoldAndReportsEveryBaseline() {
        CandidatePool pool = pool();
        Backtest.Result r = Backtest.run(
                pool,
                new PoolChainView(pool, chain),
                parks(),
                "P",
                T0,
                T1,
                Set.of(),
                Set.of(),
                ChainCoverageTests.RULES);
        assertThat(r.candidates()).isEqualTo(195); // the 5 early movers are in the park at T0
        assertThat(r.arrivals()).isEqualTo(10);
        assertThat(r.methods()).extracting(Backtest.MethodResult::method).containsExactlyElementsOf(Backtest.METHODS);
        assertThat(r.method("recommender").recall().get(50)).isEqualTo(1.0);
        assertThat(r.method("recommender").auc()).isEqualTo(1.0);
        assertThat(r.method("random").recall().get(50)).isBetween(0.1, 0.45);
        assertThat(r.method("popularity").auc()).isEqualTo(0.5); // every candidate the same size: all tied
        assertThat(r.bestBaselineRecall(50)).isLessThan(1.0);
    }

    @Test
    void countsARegistryArrivalWhoseCodeIsInThePool() {
        CandidatePool pool = pool();
        Backtest.Result r = Backtest.run(
                pool,
                new PoolChainView(pool, chain),
                parks(),
                "P",
                T0,
                T1,
                Set.of(),
                Set.of("F000"),
                ChainCoverageTests.RULES);
        assertThat(r.arrivals()).isEqualTo(11);
    }

    @Test
    void refusesAWindowThatDoesNotMoveForward() {
        CandidatePool pool = pool();
        assertThatThrownBy(() -> Backtest.run(
                        pool,
                        new PoolChainView(pool, chain),
                        parks(),
                        "P",
                        T0,
                        T0,
                        Set.of(),
                        Set.of(),
                        ChainCoverageTests.RULES))
                .hasMessageContaining("T1");
    }

    @Test
    void theDemoPoolIsDeterministicWithSignalsAndMovesInTheirYears() {
        LocalDate end = LocalDate.of(2026, 11, 30);
        List<PoolEntry> one = new ArrayList<>();
        List<PoolEntry> two = new ArrayList<>();
        new CandidatePoolSimulation(7, end).generate(1500, one::add);
        new CandidatePoolSimulation(7, end).generate(1500, two::add);
        assertThat(one).isEqualTo(two);
        assertThat(one).extracting(PoolEntry::creditCode).doesNotHaveDuplicates();
        long moved = one.stream().filter(e -> e.movedToPark() != null).count();
        assertThat(moved).isBetween(30L, 600L);
        assertThat(one)
                .filteredOn(e -> e.movedOn() != null)
                .allSatisfy(e -> assertThat(e.movedOn())
                        .isBetween(LocalDate.of(CandidatePoolSimulation.FIRST_MOVE_YEAR, 1, 1), end));
        assertThat(one.stream().mapToInt(e -> e.signals().size()).sum()).isGreaterThan(1500);
        assertThat(one.get(0).businessScope()).startsWith("一般项目：").endsWith("凭营业执照依法自主开展经营活动）");
    }
}
