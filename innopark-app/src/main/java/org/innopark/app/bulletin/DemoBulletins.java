package org.innopark.app.bulletin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The demo's peer bulletins (text written for the demo, invented figures: {@code org/innopark/app/bulletin/demo/}),
 * imported into a park and reviewed as an analyst would: a few explicit decisions per file (a wrong metric corrected,
 * a part counted as a whole rejected), and by default a figure of a mapped metric accepted, one without a year
 * (全年, 当年, none) given the bulletin's year as a correction, a target (力争, 目标) rejected, for it is not a
 * published figure. The last bulletin's other facts stay pending, so the review queue is not empty.
 */
@Service
public class DemoBulletins {

    /** An analyst's decision on the fact stating value+unit (e.g. "156个") in a demo file. */
    record Decision(String figure, ReviewState state, String metric, String period, String note) {}

    /**
     * A demo file, where it is said to come from, its year and the analyst's explicit decisions; reviewAll: the other
     * facts of mapped metrics are reviewed by the default rule, else left pending.
     */
    record DemoFile(String file, String source, String url, String year, boolean reviewAll, List<Decision> decisions) {}

    static final List<DemoFile> FILES = List.of(
            new DemoFile(
                    "wuhu-2024-bulletin.txt",
                    "芜湖高新区管委会统计局",
                    "https://example.org/wuhu/2024-bulletin",
                    "2024",
                    true,
                    List.of(
                            new Decision("156个", ReviewState.CORRECTED, "研发机构数", "2024", "原文为研发机构,非孵化载体"),
                            new Decision("2个", ReviewState.REJECTED, null, null, "国家级重点实验室是研发机构的一部分"))),
            new DemoFile(
                    "wuhu-2024-news.txt", "芜湖日报", "https://example.org/wuhu-daily/2025-01-09", "2024", true, List.of()),
            new DemoFile(
                    "luoyang-2024-review.txt",
                    "洛阳高新区管委会",
                    "https://example.org/luoyang/2024-review",
                    "2024",
                    false,
                    List.of(
                            new Decision("503家", ReviewState.ACCEPTED, null, null, null),
                            new Decision("446家", ReviewState.CORRECTED, "高新技术企业数", "2023", "2023年的高新技术企业数"),
                            new Decision("1025家", ReviewState.CORRECTED, null, "2024", "截至2024年底"),
                            new Decision("37.9亿元", ReviewState.CORRECTED, null, "2024", "按公报年度补充时期"))));

    private static final Account DEMO = new Account("demo", Role.SYSTEM_ADMIN, null, null, true);

    private final BulletinStore store;
    private final JdbcClient jdbc;

    DemoBulletins(BulletinStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** Whether the park has no bulletin yet. */
    public boolean isEmpty(String park) {
        return jdbc.sql("SELECT COUNT(*) FROM bulletin WHERE park_code = ?")
                        .param(park)
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** Imports and reviews the demo bulletins into the park; returns how many facts were stored. */
    public int load(String park) {
        int facts = 0;
        for (DemoFile f : FILES) {
            byte[] bytes;
            try (InputStream in = DemoBulletins.class.getResourceAsStream("demo/" + f.file())) {
                if (in == null) {
                    throw new IllegalStateException("demo bulletin missing from the build: " + f.file());
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            BulletinStore.Imported imported = store.importFile(
                    DEMO, park, f.file(), bytes, new BulletinStore.Meta(null, f.source(), f.url(), null));
            facts += imported.facts();
            List<BulletinStore.StoredFact> stored = store.facts(DEMO, park, imported.id());
            for (BulletinStore.StoredFact s : stored) {
                String figure = s.value().toPlainString() + s.unit();
                BulletinStore.Review review = f.decisions().stream()
                        .filter(d -> d.figure().equals(figure))
                        .findFirst()
                        .map(d ->
                                new BulletinStore.Review(d.state(), null, d.metric(), null, null, d.period(), d.note()))
                        .orElse(f.reviewAll() && s.metricId() != null ? review(s, f.year()) : null);
                if (review != null) {
                    store.review(DEMO, park, imported.id(), s.id(), review);
                }
            }
        }
        return facts;
    }

    private static BulletinStore.Review review(BulletinStore.StoredFact s, String year) {
        if (s.quote().contains("力争") || s.quote().contains("目标")) {
            return new BulletinStore.Review(ReviewState.REJECTED, null, null, null, null, null, "目标值,不是已发布的实际数");
        }
        if (s.period() == null || !s.period().matches("\\d{4}.*")) {
            return new BulletinStore.Review(ReviewState.CORRECTED, null, null, null, null, year, "按公报年度补充时期");
        }
        return new BulletinStore.Review(ReviewState.ACCEPTED, null, null, null, null, null, null);
    }
}
