package org.innopark.app.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innopark.app.overview.ParkOverview;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryStatistics.CarrierTotals;
import org.innopark.app.registry.RegistryStatistics.PlatformCount;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.spreadsheet.TextCells;
import org.innopark.engine.bulletin.BulletinVocabulary;
import org.innopark.engine.registry.QualificationType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The peer table (对标表): for every mapped metric, each subject's published figures by period from the park's
 * bulletins, beside the park's own figures from the registry (annual-report sums, certificates held at each year's
 * end, technology contracts, carriers and platforms, read through {@link ParkOverview}). Every number carries its
 * source and date; two sources stating different figures for the same subject, metric and period are flagged as a
 * conflict and shown side by side. Rejected facts never count; pending ones only when asked for.
 */
@Service
public class PeerTables {

    /** The column of figures without a period, and of the registry's current (undated) totals. */
    public static final String NO_PERIOD = "未注明";

    public static final String CURRENT = "当前";

    private static final BigDecimal YI = new BigDecimal(100_000_000);
    private static final BigDecimal WAN = new BigDecimal(10_000);

    private final BulletinStore store;
    private final ParkOverview overview;
    private final RegistryReads registry;
    private final BulletinVocabulary vocabulary = BulletinVocabulary.standard();

    PeerTables(BulletinStore store, ParkOverview overview, RegistryReads registry) {
        this.store = store;
        this.overview = overview;
        this.registry = registry;
    }

    /**
     * One number in a cell.
     *
     * @param value the value as stated (or the registry's, in the display unit)
     * @param normalized the value in the unit without its scale (亿元 → 元), for comparing sources
     * @param bulletinId the bulletin it comes from, null for the registry
     */
    public record Figure(
            String value,
            String unit,
            @Nullable String qualifier,
            String source,
            @Nullable String sourceUrl,
            @Nullable LocalDate date,
            @Nullable Long bulletinId,
            @Nullable Long factId,
            @Nullable String quote,
            String state,
            BigDecimal normalized) {}

    /** A subject's figures by period; own: the park's own registry figures. */
    public record PeerRow(String subject, boolean own, Map<String, List<Figure>> cells) {

        public List<Figure> at(String period) {
            return cells.getOrDefault(period, List.of());
        }

        /** Whether two sources state different figures for this period. */
        public boolean conflict(String period) {
            List<Figure> f = at(period);
            return f.stream()
                            .map(x -> x.normalized().stripTrailingZeros())
                            .distinct()
                            .count()
                    > 1;
        }
    }

    /** A metric's block: the periods in columns, the subjects in rows (the park's own registry figures first). */
    public record MetricBlock(
            String metricId, String name, String registryKey, List<String> periods, List<PeerRow> rows) {

        public int conflicts() {
            int n = 0;
            for (PeerRow r : rows) {
                for (String p : periods) {
                    n += r.conflict(p) ? 1 : 0;
                }
            }
            return n;
        }
    }

    public record PeerTable(String park, String parkName, boolean reviewedOnly, List<MetricBlock> metrics) {}

    /** The park's peer table; reviewedOnly: accepted and corrected facts only, else pending ones too. */
    public PeerTable table(Account account, String park, boolean reviewedOnly) {
        BulletinStore.staffOf(account, park);
        String parkName =
                registry.parkName(park).orElseThrow(() -> new BulletinNotFoundException("无此园区 / no park " + park));
        Map<String, Map<String, Map<String, List<Figure>>>> byMetric = new LinkedHashMap<>();
        for (BulletinStore.SourcedFact sf : store.peerFacts(account, park, reviewedOnly)) {
            BulletinStore.StoredFact f = sf.fact();
            String metricId = f.effectiveMetricId();
            if (metricId == null) {
                continue;
            }
            String subject = f.effectiveSubject() == null ? "(未注明主体)" : f.effectiveSubject();
            String period = f.effectivePeriod() == null ? NO_PERIOD : f.effectivePeriod();
            BulletinStore.BulletinRow b = sf.bulletin();
            String unit = f.effectiveUnit();
            BigDecimal normalized = f.effectiveValue().scaleByPowerOfTen(vocabulary.scaleOf(unit));
            byMetric.computeIfAbsent(metricId, k -> new LinkedHashMap<>())
                    .computeIfAbsent(subject, k -> new LinkedHashMap<>())
                    .computeIfAbsent(period, k -> new ArrayList<>())
                    .add(new Figure(
                            f.effectiveValue().toPlainString(),
                            unit,
                            f.qualifier() == null ? null : f.qualifier().key(),
                            b.source() + " · " + b.title(),
                            b.sourceUrl(),
                            b.publishedOn() != null
                                    ? b.publishedOn()
                                    : b.importedAt().toLocalDate(),
                            b.id(),
                            f.id(),
                            f.quote(),
                            f.state().zh(),
                            normalized));
        }
        Map<String, Map<String, Figure>> own = ownFigures(account, park);
        String shortName = parkName.replace("高新技术产业开发区", "高新区");
        List<MetricBlock> blocks = new ArrayList<>();
        for (BulletinVocabulary.Metric m : vocabulary.metrics()) {
            Map<String, Map<String, List<Figure>>> subjects = byMetric.get(m.id());
            Map<String, Figure> ownYears = m.registry().isEmpty() ? null : own.get(m.registry());
            if (subjects == null) {
                continue; // no peer published it: nothing to compare
            }
            List<PeerRow> rows = new ArrayList<>();
            if (ownYears != null && !ownYears.isEmpty()) {
                Map<String, List<Figure>> cells = new LinkedHashMap<>();
                ownYears.forEach((p, fig) -> cells.put(p, List.of(fig)));
                rows.add(new PeerRow(parkName + "(登记库)", true, cells));
            }
            List<String> names = new ArrayList<>(subjects.keySet());
            // the park's own published figures right under its registry figures, then the peers by name
            names.sort(Comparator.comparing((String s) -> !s.equals(shortName) && !s.equals(parkName))
                    .thenComparing(Comparator.naturalOrder()));
            for (String s : names) {
                rows.add(new PeerRow(s, false, subjects.get(s)));
            }
            java.util.TreeSet<String> periods = new java.util.TreeSet<>(PeerTables::periodOrder);
            rows.forEach(r -> periods.addAll(r.cells().keySet()));
            blocks.add(new MetricBlock(m.id(), m.name(), m.registry(), List.copyOf(periods), rows));
        }
        return new PeerTable(park, parkName, reviewedOnly, blocks);
    }

    /** Years first (oldest first), then other periods as written, then "current" and "not stated". */
    static int periodOrder(String a, String b) {
        return Comparator.comparingInt(PeerTables::periodRank)
                .thenComparing(Comparator.naturalOrder())
                .compare(a, b);
    }

    private static int periodRank(String p) {
        if (p.equals(NO_PERIOD)) {
            return 3;
        }
        if (p.equals(CURRENT)) {
            return 2;
        }
        return p.matches("\\d{4}.*") ? 0 : 1;
    }

    /** The park's own registry figures by registry key and period (year, or "current" for undated totals). */
    Map<String, Map<String, Figure>> ownFigures(Account account, String park) {
        Map<String, Map<String, Figure>> out = new LinkedHashMap<>();
        Optional<ParkOverview.Overview> o = overview.overview(account.scope(), park);
        if (o.isEmpty()) {
            return out;
        }
        for (ParkOverview.YearFigures y : o.get().years()) {
            String p = String.valueOf(y.year());
            for (QualificationType t : QualificationType.values()) {
                String key = t == QualificationType.LISTED
                        ? "listed"
                        : "qualification:" + t.name().toLowerCase(Locale.ROOT).replace('_', '-');
                put(out, key, p, count(y.heldOf(t), "家", "登记库·" + y.year() + "年末有效资质"));
            }
            put(out, "tech-contracts:count", p, count(y.contracts(), "项", "登记库·技术合同登记"));
            put(out, "tech-contracts:amount", p, yi(y.contractTurnover(), "登记库·技术合同登记"));
            String reports = "登记库·" + y.year() + "年报汇总(" + y.reporting() + "家)";
            put(out, "report:revenue", p, yi(y.revenue(), reports));
            put(out, "report:rdExpense", p, yi(y.rdExpense(), reports));
            put(out, "report:tax", p, yi(y.taxes(), reports));
            put(out, "report:export", p, yi(y.exports(), reports));
            put(out, "report:employees", p, count(y.employees(), "人", reports));
        }
        List<CarrierTotals> carriers = o.get().carriers();
        if (!carriers.isEmpty()) {
            String src = "登记库·孵化载体(当前)";
            put(
                    out,
                    "carriers:count",
                    CURRENT,
                    count(carriers.stream().mapToLong(CarrierTotals::count).sum(), "个", src));
            BigDecimal area = carriers.stream().map(CarrierTotals::area).reduce(BigDecimal.ZERO, BigDecimal::add);
            put(out, "carriers:area", CURRENT, figure(area.divide(WAN, 2, RoundingMode.HALF_UP), "万平方米", area, src));
            put(
                    out,
                    "carriers:incubating",
                    CURRENT,
                    count(carriers.stream().mapToLong(CarrierTotals::incubating).sum(), "家", src));
            put(
                    out,
                    "carriers:graduated",
                    CURRENT,
                    count(carriers.stream().mapToLong(CarrierTotals::graduated).sum(), "家", src));
        }
        List<PlatformCount> platforms = o.get().platforms();
        if (!platforms.isEmpty()) {
            put(
                    out,
                    "platforms:count",
                    CURRENT,
                    count(platforms.stream().mapToLong(PlatformCount::count).sum(), "个", "登记库·创新平台(当前)"));
        }
        return out;
    }

    private static void put(Map<String, Map<String, Figure>> out, String key, String period, Figure f) {
        out.computeIfAbsent(key, k -> new TreeMap<>()).put(period, f);
    }

    private static Figure count(long n, String unit, String source) {
        return figure(BigDecimal.valueOf(n), unit, BigDecimal.valueOf(n), source);
    }

    private static Figure yi(BigDecimal yuan, String source) {
        return figure(yuan.divide(YI, 2, RoundingMode.HALF_UP), "亿元", yuan, source);
    }

    private static Figure figure(BigDecimal shown, String unit, BigDecimal normalized, String source) {
        return new Figure(
                shown.stripTrailingZeros().toPlainString(),
                unit,
                null,
                source,
                null,
                null,
                null,
                null,
                null,
                "登记库",
                normalized);
    }

    /** The table as XLSX: one row per number (metric, subject, period, value, unit, source, date, state, quote). */
    public static void xlsx(PeerTable table, OutputStream out) {
        List<String> headers = List.of(
                "指标 metric",
                "主体 subject",
                "时期 period",
                "数值 value",
                "单位 unit",
                "限定 qualifier",
                "来源 source",
                "日期 date",
                "状态 state",
                "冲突 conflict",
                "原文 quote");
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            TextCells safe = new TextCells(book);
            SXSSFSheet sheet = FactExport.headedSheet(
                    book, safe, "对标 peers", headers, new int[] {18, 22, 12, 12, 10, 8, 40, 12, 8, 6, 60});
            int r = 1;
            for (MetricBlock m : table.metrics()) {
                for (PeerRow row : m.rows()) {
                    for (String p : m.periods()) {
                        boolean conflict = row.conflict(p);
                        for (Figure f : row.at(p)) {
                            Row x = sheet.createRow(r++);
                            String[] cells = {
                                m.name(),
                                row.subject(),
                                p,
                                null,
                                f.unit(),
                                f.qualifier(),
                                f.source(),
                                f.date() == null ? null : f.date().toString(),
                                f.state(),
                                conflict ? "是" : "",
                                f.quote()
                            };
                            for (int c = 0; c < cells.length; c++) {
                                Cell cell = x.createCell(c);
                                if (c == 3) {
                                    cell.setCellValue(new BigDecimal(f.value()).doubleValue());
                                } else {
                                    safe.set(cell, cells[c]);
                                }
                            }
                        }
                    }
                }
            }
            book.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
