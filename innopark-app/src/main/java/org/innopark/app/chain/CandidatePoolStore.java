package org.innopark.app.chain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.chain.CandidatePool;
import org.innopark.engine.chain.Cities;
import org.innopark.engine.chain.ExpansionSignal;
import org.innopark.engine.chain.PoolEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national candidate pool's tables ({@code chain_pool_firm}, {@code chain_pool_signal}): writes in JDBC batches,
 * the product terms found once when a firm is written, and the pool read into memory column by column for ranking
 * (kept until the tables change).
 */
@Service
public class CandidatePoolStore {

    static final int BATCH = 5_000;

    private static final String FIRM_COLUMNS = "credit_code, name, industry_code, city, registration_date,"
            + " registered_capital, revenue, growth, employees, high_tech, srdi, little_giant, bad_list, main_products,"
            + " business_scope, product_terms, moved_to_park, moved_on, source";

    private final JdbcTemplate jdbc;
    private final ProductSegmenter segmenter;
    private final ChainCatalogue catalogue;
    private volatile Cached cached;

    private record Cached(long firms, long signals, CandidatePool pool) {}

    CandidatePoolStore(JdbcTemplate jdbc, ProductSegmenter segmenter, ChainCatalogue catalogue) {
        this.jdbc = jdbc;
        this.segmenter = segmenter;
        this.catalogue = catalogue;
    }

    /** Firms in the pool. */
    public long size() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM chain_pool_firm", Long.class);
        return n == null ? 0 : n;
    }

    /** Removes every firm (and its signals). */
    @Transactional
    public void clear() {
        jdbc.update("DELETE FROM chain_pool_signal");
        jdbc.update("DELETE FROM chain_pool_firm");
        cached = null;
    }

    /** Writes firms, replacing those of the same credit code (with their signals); one transaction. */
    @Transactional
    public int save(List<PoolEntry> entries, String source) {
        return write(entries, source, true);
    }

    /** Writes firms into a pool known to hold none of them (just cleared): no replacement. */
    @Transactional
    public int add(List<PoolEntry> entries, String source) {
        return write(entries, source, false);
    }

    private int write(List<PoolEntry> entries, String source, boolean replace) {
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<PoolEntry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            if (replace) {
                jdbc.batchUpdate(
                        "DELETE FROM chain_pool_firm WHERE credit_code = ?",
                        batch.stream().map(e -> new Object[] {e.creditCode()}).toList());
            }
            List<Object[]> firms = new ArrayList<>(batch.size());
            List<Object[]> signals = new ArrayList<>();
            for (PoolEntry e : batch) {
                String terms = String.join("|", segmenter.terms(e.text()));
                firms.add(new Object[] {
                    e.creditCode(),
                    e.name(),
                    e.industry(),
                    e.city(),
                    e.registrationDate() == null ? null : Date.valueOf(e.registrationDate()),
                    money(e.registeredCapitalYuan()),
                    money(e.revenueYuan()),
                    BigDecimal.valueOf(Math.max(-99, Math.min(99, e.growth())))
                            .setScale(4, java.math.RoundingMode.HALF_UP),
                    e.employees(),
                    e.highTech(),
                    e.srdi(),
                    e.littleGiant(),
                    e.badList(),
                    e.mainProducts(),
                    e.businessScope(),
                    terms.length() > 2000 ? terms.substring(0, terms.lastIndexOf('|', 2000)) : terms,
                    e.movedToPark(),
                    e.movedOn() == null ? null : Date.valueOf(e.movedOn()),
                    source
                });
                Map<String, Integer> seq = new HashMap<>();
                for (CandidatePool.Signal s : e.signals()) {
                    int n = seq.merge(s.kind() + "/" + s.date(), 1, Integer::sum);
                    signals.add(new Object[] {e.creditCode(), s.kind().name(), Date.valueOf(s.date()), n});
                }
            }
            jdbc.batchUpdate(
                    "INSERT INTO chain_pool_firm (" + FIRM_COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?," + " ?, ?, ?)",
                    firms);
            jdbc.batchUpdate(
                    "INSERT INTO chain_pool_signal (credit_code, signal_type, signal_date, seq) VALUES (?, ?, ?, ?)",
                    signals);
        }
        cached = null;
        return entries.size();
    }

    /** The credit codes of the pool's firms. */
    public java.util.Set<String> creditCodes() {
        return new java.util.HashSet<>(jdbc.queryForList("SELECT credit_code FROM chain_pool_firm", String.class));
    }

    /**
     * Replaces the signals of each (credit code|type|date) key with that many dated signals; in the caller's
     * transaction.
     *
     * @return the signals written
     */
    int replaceSignals(Map<String, Integer> counts) {
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String[] k = e.getKey().split("\\|");
            Date day = Date.valueOf(k[2]);
            keys.add(new Object[] {k[0], k[1], day});
            for (int seq = 1; seq <= e.getValue(); seq++) {
                rows.add(new Object[] {k[0], k[1], day, seq});
            }
        }
        jdbc.batchUpdate(
                "DELETE FROM chain_pool_signal WHERE credit_code = ? AND signal_type = ? AND signal_date = ?", keys);
        jdbc.batchUpdate(
                "INSERT INTO chain_pool_signal (credit_code, signal_type, signal_date, seq) VALUES (?, ?, ?, ?)", rows);
        cached = null;
        return rows.size();
    }

    private static BigDecimal money(double yuan) {
        return yuan <= 0 ? null : BigDecimal.valueOf(yuan).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The pool in memory (read again when the tables changed). */
    public CandidatePool pool() {
        long firms = size();
        Long signals = jdbc.queryForObject("SELECT COUNT(*) FROM chain_pool_signal", Long.class);
        Cached c = cached;
        if (c != null && c.firms() == firms && c.signals() == (signals == null ? 0 : signals)) {
            return c.pool();
        }
        CandidatePool pool = read();
        cached = new Cached(firms, signals == null ? 0 : signals, pool);
        return pool;
    }

    private CandidatePool read() {
        Map<String, List<CandidatePool.Signal>> signals = new HashMap<>();
        jdbc.query("SELECT credit_code, signal_type, signal_date FROM chain_pool_signal", (ResultSet rs) -> {
            ExpansionSignal kind = ExpansionSignal.parse(rs.getString(2));
            if (kind != null) {
                signals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new CandidatePool.Signal(kind, rs.getDate(3).toLocalDate()));
            }
        });
        CandidatePool.Builder builder = CandidatePool.builder(catalogue.dictionary());
        jdbc.query(
                "SELECT credit_code, name, industry_code, city, revenue, growth, high_tech, srdi, little_giant,"
                        + " bad_list, product_terms, moved_to_park, moved_on FROM chain_pool_firm ORDER BY credit_code",
                (ResultSet rs) -> {
                    String code = rs.getString(1).strip();
                    String terms = rs.getString(11);
                    BigDecimal revenue = rs.getBigDecimal(5);
                    BigDecimal growth = rs.getBigDecimal(6);
                    builder.add(new CandidatePool.Firm(
                            code,
                            rs.getString(2),
                            rs.getString(3),
                            Cities.of(rs.getString(4)),
                            revenue == null ? 0 : revenue.doubleValue(),
                            growth == null ? 0 : growth.doubleValue(),
                            rs.getBoolean(7),
                            rs.getBoolean(8),
                            rs.getBoolean(9),
                            rs.getBoolean(10),
                            terms == null || terms.isEmpty() ? List.of() : Arrays.asList(terms.split("\\|")),
                            signals.getOrDefault(code, List.of()),
                            rs.getString(12),
                            date(rs, 13)));
                });
        return builder.build();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
