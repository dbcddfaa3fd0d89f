package org.innopark.app.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.engine.talent.RequestTypes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's talents over the demo registry: profiles for every programme talent and the platforms' researchers with
 * about half 硕士以上, studios and teams, and service requests some of which are open and some overdue.
 */
@H2IntegrationTest
class TalentDemoIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    TalentDemo demo;

    @Autowired
    Talents talents;

    @Autowired
    TalentRequests requests;

    @Test
    void theDemoHasTalentsAtPlatformsStudiosAndOverdueRequests() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        jdbc.update("DELETE FROM talent_request_step");
        jdbc.update("DELETE FROM talent_request");
        jdbc.update("DELETE FROM research_group");
        jdbc.update("DELETE FROM talent_profile");
        assertThat(demo.isEmpty()).isTrue();
        int[] n = demo.load(20261202L, LocalDate.now());
        assertThat(n[0]).isPositive();
        assertThat(demo.isEmpty()).isFalse();
        // every registry talent has a profile
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM talent t WHERE NOT EXISTS (SELECT 1 FROM talent_profile p WHERE"
                                + " p.park_code = t.park_code AND p.name = t.name"
                                + " AND p.employer_credit_code = t.employer_credit_code)",
                        Integer.class))
                .isZero();
        Accounts.Account analyst = accounts.find(DemoRegistry.CC_ANALYST).orElseThrow();
        Talents.Overview o = talents.overview(analyst, "CCHTZ").orElseThrow();
        assertThat(o.counts().platforms()).isPositive();
        double share = 100.0 * o.counts().platformMasterOrAbove() / o.counts().platformTalents();
        assertThat(share).as("硕士以上 share at platforms").isBetween(40.0, 70.0);
        assertThat(o.headline()).contains("个科创平台已集聚人才").contains("其中硕士以上学历");
        assertThat(o.counts().studios() + o.counts().teams())
                .as(
                        "groups written %d, in the table %s, people %d",
                        n[1],
                        jdbc.queryForList("SELECT park_code || ' ' || kind FROM research_group", String.class),
                        n[0])
                .isPositive();
        TalentRequests.QueueSummary s = TalentRequests.summary(
                requests.requests(analyst, "CCHTZ", false).orElseThrow());
        assertThat(s.open()).isPositive();
        assertThat(s.closed()).isPositive();
        assertThat(s.overdue() + s.closedLate()).as("some requests are late").isPositive();
        assertThat(requests.requests(analyst, "CCHTZ", false).orElseThrow())
                .anySatisfy(r -> assertThat(r.standing().status()).isEqualTo(RequestTypes.Status.OVERDUE));
    }
}
