package org.innopark.app.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.engine.patent.PatentLandscape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's patents over the demo registry: a park's landscape of the two chains with tagging rules has patents on
 * most nodes, its applicants linked to its registry enterprises (filing per year what their reports say), and
 * outside applicants beside them.
 */
@H2IntegrationTest
class PatentDemoIntegrationTests {

    static final String PARK = "CCHTZ";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    PatentDemo demo;

    @Autowired
    ParkPatents patents;

    @Test
    void theDemoParksLandscapeShowsPatentsPerNodeWithLocalAndOutsideApplicants() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        jdbc.update("DELETE FROM patent WHERE park_code = ?", PARK);
        jdbc.update("DELETE FROM patent_applicant_link WHERE park_code = ?", PARK);
        assertThat(demo.isEmpty(PARK)).isTrue();
        long start = System.nanoTime();
        PatentDemo.Loaded loaded = demo.load(20261123L, List.of(PARK), LocalDate.of(2026, 12, 2));
        System.out.printf(
                "patent demo %s: %d local + %d outside, tagged %d, in %.1f s%n",
                PARK, loaded.local(), loaded.outside(), loaded.tagged(), (System.nanoTime() - start) / 1e9);
        assertThat(loaded.parks()).isEqualTo(1);
        assertThat(loaded.cutoff()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(demo.isEmpty(PARK)).isFalse();
        assertThat(demo.emptyParks()).doesNotContain(PARK);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = ? AND park_code = ? AND username = ?",
                        Long.class,
                        "patent",
                        PARK,
                        "demo"))
                .isEqualTo(1L);

        // the park's applicants filed, per year fully published, the invention applications their reports give
        for (int year = 2021; year <= 2024; year++) {
            Long reported = jdbc.queryForObject(
                    "SELECT COALESCE(SUM(r.invention_applications), 0) FROM annual_report r JOIN enterprise e"
                            + " ON e.credit_code = r.credit_code WHERE e.park_code = ? AND r.report_year = ?",
                    Long.class,
                    PARK,
                    year);
            Long filed = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM patent p JOIN patent_applicant a ON a.patent_id = p.id AND a.position = 0"
                            + " JOIN enterprise e ON e.credit_code = a.credit_code AND e.park_code = p.park_code"
                            + " WHERE p.park_code = ? AND p.patent_type = 'INVENTION'"
                            + " AND EXTRACT(YEAR FROM p.filing_date) = ?",
                    Long.class,
                    PARK,
                    year);
            assertThat(filed).as("invention applications %d", year).isEqualTo(reported);
        }
        // every automatic link points to an enterprise of the park, by its credit code
        List<Map<String, Object>> links = jdbc.queryForList(
                "SELECT l.applicant, l.credit_code, l.evidence, e.name FROM patent_applicant_link l LEFT JOIN"
                        + " enterprise e ON e.credit_code = l.credit_code AND e.park_code = l.park_code"
                        + " WHERE l.park_code = ?",
                PARK);
        assertThat(links).hasSizeGreaterThan(20);
        assertThat(links).allSatisfy(l -> assertThat(l.get("name")).as("%s", l).isNotNull());
        assertThat(links).anySatisfy(l -> assertThat(l.get("evidence")).isEqualTo("CREDIT_CODE"));

        var scope = accounts.find(DemoRegistry.CC_ANALYST).orElseThrow().scope();
        for (String chain : List.of("power-battery-nev", "photovoltaic")) {
            PatentLandscape.Landscape l = patents.landscape(scope, PARK, chain).landscape();
            List<PatentLandscape.NodeLandscape> leaves =
                    l.nodes().stream().filter(n -> n.depth() > 0).toList();
            long withPatents = leaves.stream().filter(n -> n.filings() > 0).count();
            assertThat(withPatents).as("%s nodes with patents", chain).isGreaterThanOrEqualTo(leaves.size() * 3 / 4);
            assertThat(l.filings()).isGreaterThan(500);
            assertThat(l.localFilings())
                    .as("%s local filings", chain)
                    .isPositive()
                    .isLessThan(l.filings());
            assertThat(leaves).anySatisfy(n -> assertThat(n.topLocal()).isNotEmpty());
            assertThat(leaves).as("outside applicants strong in a weak node").anySatisfy(n -> {
                assertThat(n.weak()).isTrue();
                assertThat(n.topOutside()).isNotEmpty();
            });
            assertThat(l.lastCompleteYear()).isEqualTo(2024);
        }
    }
}
