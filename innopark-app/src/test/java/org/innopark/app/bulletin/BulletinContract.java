package org.innopark.app.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.Role;
import org.innopark.app.support.TwoParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A park's bulletins, their facts and reviews, and the peer table, on every database (H2 and PostgreSQL). */
abstract class BulletinContract {

    static final Account ANALYST = new Account("a-analyst", Role.PARK_ANALYST, TwoParks.A, null, true);
    static final Account OTHER_PARK = new Account("b-analyst", Role.PARK_ANALYST, TwoParks.B, null, true);

    static final String TEXT = """
            宁远高新区2024年创新发展情况通报
            2025年2月10日
            2024年,宁远高新区国家高新技术企业达到512家,技术合同成交额突破23.6亿元。
            园区孵化载体达到18家,在孵企业约430家。
            """;

    @Autowired
    BulletinStore store;

    @Autowired
    PeerTables peers;

    @Autowired
    DemoBulletins demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore registryStore;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void twoParksWithoutBulletins() {
        jdbc.update("DELETE FROM bulletin_fact");
        jdbc.update("DELETE FROM bulletin");
        new TwoParks(jdbc, registryStore, accounts);
    }

    private BulletinStore.Imported importText(Account who, String park, String name, String text) {
        return store.importFile(who, park, name, text.getBytes(StandardCharsets.UTF_8), BulletinStore.Meta.NONE);
    }

    @Test
    void anImportStoresTheTextAndEveryFactWithTheOffsetsOfItsQuoteAudited() {
        BulletinStore.Imported imported = importText(ANALYST, TwoParks.A, "ningyuan.txt", TEXT);
        assertThat(imported.title()).isEqualTo("宁远高新区2024年创新发展情况通报");
        assertThat(imported.facts()).isGreaterThanOrEqualTo(4);
        BulletinStore.Bulletin b =
                store.find(ANALYST, TwoParks.A, imported.id()).orElseThrow();
        assertThat(b.text()).isEqualTo(TEXT);
        assertThat(b.row().publishedOn()).hasToString("2025-02-10");
        List<BulletinStore.StoredFact> facts = store.facts(ANALYST, TwoParks.A, imported.id());
        assertThat(facts).hasSize(imported.facts());
        assertThat(facts).allSatisfy(f -> {
            assertThat(f.state()).isEqualTo(ReviewState.PENDING);
            assertThat(b.text().substring(f.start(), f.end())).isEqualTo(f.quote());
        });
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.metricId()).isEqualTo("high-tech-enterprises");
            assertThat(f.value()).isEqualByComparingTo("512");
            assertThat(f.subject()).isEqualTo("宁远高新区");
        });
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'bulletin' AND action = 'IMPORT'"
                                + " AND park_code = ? AND entity_key = ?",
                        Integer.class,
                        TwoParks.A,
                        String.valueOf(imported.id())))
                .isEqualTo(1);
        // the same text again is refused, nothing more written
        assertThatThrownBy(() -> importText(ANALYST, TwoParks.A, "again.txt", TEXT))
                .isInstanceOf(BulletinInputException.class)
                .hasMessageContaining("already imported");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulletin", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aFileThatIsNotTextIsRefusedWithItsNameAndNothingIsWritten() {
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 1, 2, 3};
        assertThatThrownBy(() -> store.importFile(ANALYST, TwoParks.A, "scan.docx", binary, BulletinStore.Meta.NONE))
                .isInstanceOf(BulletinInputException.class)
                .hasMessageContaining("scan.docx");
        byte[] latin = {'a', 'b', 'c', (byte) 0xE9, 'd', (byte) 0xFF};
        assertThatThrownBy(() -> store.importFile(ANALYST, TwoParks.A, "latin.txt", latin, BulletinStore.Meta.NONE))
                .isInstanceOf(BulletinInputException.class)
                .hasMessageContaining("latin.txt");
        assertThatThrownBy(() -> store.importFile(
                        ANALYST,
                        TwoParks.A,
                        "x.txt",
                        TEXT.getBytes(StandardCharsets.UTF_8),
                        new BulletinStore.Meta(null, null, "javascript:alert(1)", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulletin", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulletin_fact", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity = 'bulletin'", Integer.class))
                .isZero();
    }

    @Test
    void reviewsRecordWhoAndWhenKeepTheExtractedValuesAndAreAudited() {
        long id = importText(ANALYST, TwoParks.A, "ningyuan.txt", TEXT).id();
        List<BulletinStore.StoredFact> facts = store.facts(ANALYST, TwoParks.A, id);
        BulletinStore.StoredFact first = facts.get(0);
        BulletinStore.StoredFact second = facts.get(1);
        BulletinStore.StoredFact accepted = store.review(
                ANALYST,
                TwoParks.A,
                id,
                first.id(),
                new BulletinStore.Review(ReviewState.ACCEPTED, null, null, null, null, null, null));
        assertThat(accepted.state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(accepted.reviewedBy()).isEqualTo("a-analyst");
        assertThat(accepted.reviewedAt()).isNotNull();
        BulletinStore.StoredFact corrected = store.review(
                ANALYST,
                TwoParks.A,
                id,
                second.id(),
                new BulletinStore.Review(ReviewState.CORRECTED, "宁远高新区", "技术合同成交额", "二十三点六", "亿元", "2024", "核对原文"));
        assertThat(corrected.state()).isEqualTo(ReviewState.CORRECTED);
        assertThat(corrected.effectiveMetricId()).isEqualTo("tech-contract-amount");
        assertThat(corrected.value()).isEqualByComparingTo(second.value());
        assertThat(corrected.effectivePeriod()).isEqualTo("2024");
        assertThatThrownBy(() -> store.review(
                        ANALYST,
                        TwoParks.A,
                        id,
                        second.id(),
                        new BulletinStore.Review(ReviewState.CORRECTED, null, null, "很多", null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("很多");
        assertThat(store.facts(ANALYST, TwoParks.A, id).get(1).state()).isEqualTo(ReviewState.CORRECTED);
        store.review(
                ANALYST,
                TwoParks.A,
                id,
                second.id(),
                new BulletinStore.Review(ReviewState.REJECTED, null, null, null, null, null, "重复"));
        assertThat(store.facts(ANALYST, TwoParks.A, id).get(1).correction()).isNull();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'bulletin_fact' AND username = 'a-analyst'",
                        Integer.class))
                .isEqualTo(3);
    }

    @Test
    void anotherParksUsersFindNothingAndEnterpriseUsersAreRefused() {
        long id = importText(ANALYST, TwoParks.A, "ningyuan.txt", TEXT).id();
        long fact = store.facts(ANALYST, TwoParks.A, id).get(0).id();
        assertThatThrownBy(() -> store.list(OTHER_PARK, TwoParks.A)).isInstanceOf(BulletinNotFoundException.class);
        assertThatThrownBy(() -> store.find(OTHER_PARK, TwoParks.A, id)).isInstanceOf(BulletinNotFoundException.class);
        assertThat(store.find(OTHER_PARK, TwoParks.B, id)).isEmpty();
        assertThat(store.facts(OTHER_PARK, TwoParks.B, id)).isEmpty();
        assertThatThrownBy(() -> store.review(
                        OTHER_PARK,
                        TwoParks.B,
                        id,
                        fact,
                        new BulletinStore.Review(ReviewState.REJECTED, null, null, null, null, null, null)))
                .isInstanceOf(BulletinNotFoundException.class);
        assertThat(store.peerFacts(OTHER_PARK, TwoParks.B, false)).isEmpty();
        Account firm = new Account("a-firm", Role.ENTERPRISE, TwoParks.A, "x", true);
        assertThatThrownBy(() -> store.list(firm, TwoParks.A)).isInstanceOf(AccessDeniedException.class);
        assertThat(store.facts(ANALYST, TwoParks.A, id).get(0).state()).isEqualTo(ReviewState.PENDING);
    }

    @Test
    void thePeerTableShowsReviewedPeerFiguresBesideTheRegistryWithConflictsSideBySide() {
        int facts = demo.load(TwoParks.A);
        assertThat(facts).isGreaterThan(30);
        PeerTables.PeerTable table = peers.table(ANALYST, TwoParks.A, true);
        PeerTables.MetricBlock highTech = table.metrics().stream()
                .filter(m -> m.metricId().equals("high-tech-enterprises"))
                .findFirst()
                .orElseThrow();
        assertThat(highTech.rows().get(0).own()).isTrue();
        assertThat(highTech.rows().get(0).subject()).contains("长春");
        assertThat(highTech.rows().get(0).at("2024"))
                .singleElement()
                .satisfies(f -> assertThat(f.source()).contains("登记库"));
        PeerTables.PeerRow wuhu = highTech.rows().stream()
                .filter(r -> r.subject().equals("芜湖高新区"))
                .findFirst()
                .orElseThrow();
        // the bulletin's 712 and the newspaper's "近730": two sources, two figures, side by side
        assertThat(wuhu.conflict("2024")).isTrue();
        assertThat(wuhu.at("2024")).extracting(PeerTables.Figure::value).containsExactlyInAnyOrder("712", "730");
        assertThat(wuhu.at("2024")).allSatisfy(f -> {
            assertThat(f.source()).isNotBlank();
            assertThat(f.date()).isNotNull();
        });
        // the target (力争…800家) was rejected: never in the table
        assertThat(wuhu.cells().values().stream().flatMap(List::stream))
                .noneMatch(f -> f.value().equals("800"));
        PeerTables.PeerRow luoyang = highTech.rows().stream()
                .filter(r -> r.subject().equals("洛阳高新区"))
                .findFirst()
                .orElseThrow();
        assertThat(luoyang.at("2023")).extracting(PeerTables.Figure::value).containsExactly("446");
        // pending facts only with the filter
        long reviewed = count(table);
        long all = count(peers.table(ANALYST, TwoParks.A, false));
        assertThat(all).isGreaterThan(reviewed);
        assertThatThrownBy(() -> peers.table(OTHER_PARK, TwoParks.A, true))
                .isInstanceOf(BulletinNotFoundException.class);
        assertThat(peers.table(OTHER_PARK, TwoParks.B, false).metrics()).isEmpty();
    }

    private static long count(PeerTables.PeerTable t) {
        return t.metrics().stream()
                .flatMap(m -> m.rows().stream())
                .filter(r -> !r.own())
                .flatMap(r -> r.cells().values().stream())
                .mapToLong(List::size)
                .sum();
    }
}
