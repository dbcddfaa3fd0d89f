package org.innopark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.IndustryChain;
import org.junit.jupiter.api.Test;

class PatentLandscapeTests {

    private static final IndustryChain PV = ChainLibrary.builtIn().get("photovoltaic");

    @Test
    void theLastCompleteYearAllowsEighteenMonthsOfPublicationLag() {
        assertThat(PatentLandscape.lastCompleteYear(LocalDate.of(2026, 12, 1))).isEqualTo(2024);
        assertThat(PatentLandscape.lastCompleteYear(LocalDate.of(2026, 6, 30))).isEqualTo(2024);
        assertThat(PatentLandscape.lastCompleteYear(LocalDate.of(2026, 6, 29))).isEqualTo(2023);
        assertThat(PatentLandscape.lagNote(LocalDate.of(2026, 12, 1)))
                .contains("数据截至 2026-12-01")
                .contains("18个月")
                .contains("2025 年及以后申请的专利尚未全部公开");
    }

    private static void add(PatentPool pool, int year, String applicant, String park, String ipc, String... nodes) {
        pool.add(
                LocalDate.of(year, 3, 1),
                year <= 2022 ? LocalDate.of(year + 2, 5, 1) : null,
                applicant,
                park,
                IpcSymbol.parse(ipc),
                java.util.Arrays.stream(nodes).map(n -> "photovoltaic/" + n).toList());
    }

    @Test
    void theWholeChainCountsAPatentOnTwoStagesOnce() {
        PatentPool pool = new PatentPool();
        add(pool, 2022, "本地甲光伏有限公司", "P1", "H01L 31/18", "polysilicon", "pv-cell");
        add(pool, 2023, "外地丙新能源股份有限公司", null, "H01L 31/18", "pv-cell");
        add(pool, 2024, "其他产业链企业", null, "H01M 10/0525");
        PatentLandscape.Landscape l = PatentLandscape.compute(
                pool, PV, "P1", LocalDate.of(2026, 12, 1), Map.of(), PatentLandscape.Options.DEFAULT);
        assertThat(l.node("pv-up").filings() + l.node("pv-mid").filings()).isEqualTo(3);
        PatentLandscape.NodeLandscape whole = l.whole();
        assertThat(whole.nodeId()).isEqualTo("photovoltaic");
        assertThat(whole.depth()).isEqualTo(-1);
        assertThat(whole.filings()).isEqualTo(2).isEqualTo(l.filings());
        assertThat(whole.localFilings()).isEqualTo(1).isEqualTo(l.localFilings());
        assertThat(whole.filingsByYear())
                .containsEntry(2022, 1)
                .containsEntry(2023, 1)
                .containsEntry(2024, 0);
        assertThat(whole.localFilingsByYear()).containsEntry(2022, 1).containsEntry(2023, 0);
        assertThat(whole.grantsByYear()).containsEntry(2024, 1);
        assertThat(whole.topOutside())
                .extracting(PatentLandscape.ApplicantCount::applicant)
                .containsExactly("外地丙新能源股份有限公司");
        assertThat(whole.gap()).isEqualTo(PatentLandscape.Gap.NONE);
        assertThat(l.nodes()).noneMatch(n -> n.nodeId().equals("photovoltaic"));
    }

    @Test
    void computesTrendsSharesApplicantsHotspotsGapsAndPeersByHand() {
        PatentPool pool = new PatentPool();
        add(pool, 2021, "本地甲光伏有限公司", "P1", "H01L 31/0216", "pv-cell");
        add(pool, 2022, "本地甲光伏有限公司", "P1", "H01L 31/0216", "pv-cell");
        add(pool, 2024, "本地甲光伏有限公司", "P1", "H01L 31/18", "pv-cell");
        add(pool, 2024, "外园乙能源有限公司", "P2", "H01L 31/18", "pv-cell");
        add(pool, 2024, "外地丙新能源股份有限公司", null, "H01L 31/18", "pv-cell", "inverter");
        add(pool, 2024, "外地丙新能源股份有限公司", null, "H01L 31/18", "pv-cell");
        add(pool, 2023, "外地丁硅业有限公司", null, "C01B 33/035", "polysilicon");
        add(pool, 2024, "其他产业链企业", null, "H01M 10/0525");
        PatentLandscape.Landscape l = PatentLandscape.compute(
                pool,
                PV,
                "P1",
                LocalDate.of(2026, 12, 1),
                Map.of("pv-cell", 2, "wafer", 1),
                new PatentLandscape.Options(5, 5, 2));
        assertThat(l.lastCompleteYear()).isEqualTo(2024);
        assertThat(l.filings()).isEqualTo(7);
        assertThat(l.localFilings()).isEqualTo(3);

        PatentLandscape.NodeLandscape cell = l.node("pv-cell");
        assertThat(cell.filings()).isEqualTo(6);
        assertThat(cell.localFilings()).isEqualTo(3);
        assertThat(cell.localShare()).isEqualTo(0.5);
        assertThat(cell.filingsByYear())
                .containsEntry(2021, 1)
                .containsEntry(2024, 4)
                .containsEntry(2023, 0);
        assertThat(cell.localFilingsByYear()).containsEntry(2024, 1);
        assertThat(cell.grantsByYear()).containsEntry(2023, 1).containsEntry(2024, 1);
        assertThat(cell.growth()).isCloseTo(Math.cbrt(4.0) - 1, within(1e-9));
        assertThat(cell.topOutside())
                .extracting(PatentLandscape.ApplicantCount::applicant, PatentLandscape.ApplicantCount::filings)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("外地丙新能源股份有限公司", 2),
                        org.assertj.core.groups.Tuple.tuple("外园乙能源有限公司", 1));
        assertThat(cell.topLocal())
                .singleElement()
                .extracting(PatentLandscape.ApplicantCount::filings)
                .isEqualTo(3);
        assertThat(cell.hotspots()).singleElement().satisfies(h -> {
            assertThat(h.group()).isEqualTo("H01L 31/00");
            assertThat(h.recent()).isEqualTo(5);
            assertThat(h.previous()).isEqualTo(1);
        });
        assertThat(cell.peers()).extracting(PatentLandscape.ParkCount::park).containsExactly("P1", "P2");
        assertThat(cell.gap()).isEqualTo(PatentLandscape.Gap.NONE);

        assertThat(l.node("pv-mid").filings())
                .as("a patent on two children counts once")
                .isEqualTo(6);
        assertThat(l.node("wafer").gap()).isEqualTo(PatentLandscape.Gap.FIRMS_WITHOUT_PATENTS);
        assertThat(l.node("polysilicon").gap()).isEqualTo(PatentLandscape.Gap.PATENTS_WITHOUT_FIRMS);
        assertThat(l.node("polysilicon").weak()).isTrue();
        assertThat(l.node("inverter").topOutside())
                .extracting(PatentLandscape.ApplicantCount::applicant)
                .containsExactly("外地丙新能源股份有限公司");
        assertThat(l.node("polysilicon").growth()).isNull();
        assertThat(List.of(l.node("pv-cell").weak())).containsExactly(false);
    }
}
