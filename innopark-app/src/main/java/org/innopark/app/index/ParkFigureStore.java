package org.innopark.app.index;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.engine.index.Formula;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkLoader;
import org.innopark.engine.index.FrameworkNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 园区级指标: park-level figures that indices read by key ({@code formula: {imported: key}}), e.g. area, energy per
 * value added, R&D institutions. Imported from CSV ({@code park,key,year,value[,source]}), all rows or none; writing
 * the same file twice changes nothing. A park's administrators and analysts write their own park's figures, the
 * system administrator any park's; each import is audited per park with the figures before and after. A park's users read their own park's figures (the index publishes only the values its
 * frameworks read); the system administrator reads all.
 */
@Service
public class ParkFigureStore {

    /** The key of a figure: a letter, then letters, digits, {@code _ . -}; at most 64 characters. */
    static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    /** NUMERIC(24,6): at most 18 digits before the decimal point. */
    private static final BigDecimal LIMIT = new BigDecimal("1e18");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("park", "park"),
            Map.entry("park_code", "park"),
            Map.entry("园区", "park"),
            Map.entry("key", "key"),
            Map.entry("figure_key", "key"),
            Map.entry("指标", "key"),
            Map.entry("year", "year"),
            Map.entry("figure_year", "year"),
            Map.entry("年份", "year"),
            Map.entry("年度", "year"),
            Map.entry("value", "value"),
            Map.entry("figure_value", "value"),
            Map.entry("数值", "value"),
            Map.entry("source", "source"),
            Map.entry("来源", "source"));

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditLog audit;
    private final RegistryReads registry;

    ParkFigureStore(JdbcClient jdbc, JdbcTemplate batch, AuditLog audit, RegistryReads registry) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
    }

    /** One figure: a park's value of a key in a year, with where it comes from. */
    public record Figure(String park, String key, int year, BigDecimal value, String source) {}

    /**
     * What an import did.
     *
     * @param rows figures in the file
     * @param inserted figures that were new
     * @param replaced figures that existed (changed or not)
     * @param keysNotInFrameworks keys no shipped framework reads (kept: a park's own framework may)
     */
    public record ImportResult(int rows, int inserted, int replaced, List<String> keysNotInFrameworks) {}

    /** Figures, optionally of one park and one year, by park, key and year. */
    @Transactional(readOnly = true)
    public List<Figure> list(String park, Integer year) {
        return jdbc.sql("SELECT park_code, figure_key, figure_year, figure_value, source FROM park_figure"
                        + " WHERE (CAST(:park AS VARCHAR) IS NULL OR park_code = :park)"
                        + " AND (CAST(:year AS INTEGER) IS NULL OR figure_year = :year)"
                        + " ORDER BY park_code, figure_key, figure_year")
                .param("park", park)
                .param("year", year)
                .query((rs, n) -> new Figure(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getBigDecimal(4).stripTrailingZeros(),
                        rs.getString(5)))
                .list();
    }

    /** Reads a CSV of figures and writes them, all or none, as the account may. */
    @Transactional
    public ImportResult importCsv(String fileName, Reader csv, Accounts.Account account) throws IOException {
        List<Row> rows = parse(fileName, csv);
        Set<String> parks = new HashSet<>(registry.parkCodes());
        List<CsvInputException.Problem> problems = new ArrayList<>();
        Set<String> denied = new TreeSet<>();
        for (Row r : rows) {
            if (!parks.contains(r.figure.park())) {
                problems.add(new CsvInputException.Problem(
                        r.line, r.parkColumn, "未知园区 " + r.figure.park() + " / unknown park " + r.figure.park()));
            } else if (!mayWrite(account, r.figure.park())) {
                denied.add(r.figure.park());
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvInputException(
                    fileName, problems.subList(0, Math.min(problems.size(), CsvInputException.MAX_PROBLEMS)));
        }
        if (!denied.isEmpty()) {
            throw new AccessDeniedException(
                    "无权写入园区 " + denied + " 的园区级指标 / you may not write figures of parks " + denied);
        }
        List<Figure> figures = rows.stream().map(r -> r.figure).toList();
        Map<String, Map<String, BigDecimal>> before = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> after = new TreeMap<>();
        for (Figure f : figures) {
            Map<String, BigDecimal> was = before.computeIfAbsent(f.park(), p -> new TreeMap<>());
            valueOf(f).ifPresent(v -> was.put(f.key() + "/" + f.year(), v));
            after.computeIfAbsent(f.park(), p -> new TreeMap<>())
                    .put(f.key() + "/" + f.year(), f.value().stripTrailingZeros());
        }
        ImportResult result = save(figures);
        // One audit event per park: the figures the file wrote (key/year → value) and what they were before.
        after.forEach((park, values) -> audit.record(
                account.username(),
                AuditLog.Action.IMPORT,
                AuditLog.Entity.PARK_FIGURE,
                park + ": " + fileName,
                park,
                before.get(park).isEmpty() ? null : before.get(park),
                values));
        return result;
    }

    private java.util.Optional<BigDecimal> valueOf(Figure f) {
        return jdbc.sql(
                        "SELECT figure_value FROM park_figure WHERE park_code = ? AND figure_key = ? AND figure_year = ?")
                .params(f.park(), f.key(), f.year())
                .query(BigDecimal.class)
                .optional()
                .map(BigDecimal::stripTrailingZeros);
    }

    /** Writes figures (parks must exist): new keys inserted, existing ones replaced. */
    @Transactional
    public ImportResult save(List<Figure> figures) {
        long before = count();
        List<Object[]> params = new ArrayList<>();
        for (Figure f : figures) {
            params.add(new Object[] {f.park(), f.key(), f.year(), f.value(), f.source()});
        }
        String merge = "MERGE INTO park_figure t USING (SELECT CAST(? AS VARCHAR(32)) AS park_code,"
                + " CAST(? AS VARCHAR(64)) AS figure_key, CAST(? AS INTEGER) AS figure_year,"
                + " CAST(? AS NUMERIC(24,6)) AS figure_value, CAST(? AS VARCHAR(200)) AS source) s"
                + " ON t.park_code = s.park_code AND t.figure_key = s.figure_key AND t.figure_year = s.figure_year"
                + " WHEN MATCHED AND (t.figure_value <> s.figure_value OR t.source IS DISTINCT FROM s.source)"
                + " THEN UPDATE SET figure_value = s.figure_value, source = s.source, updated_at = CURRENT_TIMESTAMP"
                + " WHEN NOT MATCHED THEN INSERT (park_code, figure_key, figure_year, figure_value, source)"
                + " VALUES (s.park_code, s.figure_key, s.figure_year, s.figure_value, s.source)";
        for (int i = 0; i < params.size(); i += BATCH) {
            batch.batchUpdate(merge, params.subList(i, Math.min(params.size(), i + BATCH)));
        }
        int inserted = (int) (count() - before);
        Set<String> known = keysInFrameworks();
        List<String> unknown = figures.stream()
                .map(Figure::key)
                .filter(k -> !known.contains(k))
                .distinct()
                .sorted()
                .toList();
        return new ImportResult(figures.size(), inserted, figures.size() - inserted, unknown);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM park_figure").query(Long.class).single();
    }

    /** Whether the account may write the park's figures. */
    static boolean mayWrite(Accounts.Account account, String park) {
        return account.role() == Role.SYSTEM_ADMIN
                || ((account.role() == Role.PARK_ADMIN || account.role() == Role.PARK_ANALYST)
                        && park.equals(account.parkCode()));
    }

    /** Every key the shipped frameworks import. */
    static Set<String> keysInFrameworks() {
        Set<String> keys = new TreeSet<>();
        for (String id : FrameworkLoader.BUILT_IN) {
            Framework f = FrameworkLoader.builtIn(id);
            for (FrameworkNode n : f.indicators()) {
                Formula formula = n.indicator().orElseThrow().formula();
                if (formula instanceof Formula.ImportedFigure i) {
                    keys.add(i.key());
                    if (i.perImported() != null) {
                        keys.add(i.perImported());
                    }
                } else if (formula instanceof Formula.EnterpriseAggregate a && a.perImported() != null) {
                    keys.add(a.perImported());
                }
            }
            if (f.settings().denomination().importedKey() != null) {
                keys.add(f.settings().denomination().importedKey());
            }
        }
        return keys;
    }

    record Row(int line, String parkColumn, Figure figure) {}

    /** Parses {@code park,key,year,value[,source]}; every problem names its row and column. */
    static List<Row> parse(String fileName, Reader reader) throws IOException {
        List<CsvInputException.Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(
                reader,
                CSVFormat.DEFAULT
                        .builder()
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get())) {
            records = parser.getRecords();
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new CsvInputException(
                    fileName,
                    List.of(new CsvInputException.Problem(0, "", "不是有效的 CSV / not valid CSV: " + e.getMessage())));
        }
        String expected = "应为 park,key,year,value[,source] / expected park,key,year,value[,source]";
        if (records.isEmpty()) {
            throw new CsvInputException(
                    fileName,
                    List.of(new CsvInputException.Problem(0, "", "文件为空 / the file" + " is empty; " + expected)));
        }
        List<String> header = new ArrayList<>();
        records.get(0).forEach(h -> header.add(h.replace("\uFEFF", "").strip()));
        Map<String, Integer> roles = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String role = ALIASES.get(header.get(c).toLowerCase(Locale.ROOT));
            String col = CsvInputException.letters(c) + " (" + header.get(c) + ")";
            if (role == null) {
                problems.add(new CsvInputException.Problem(1, col, "未知的列 / unknown column; " + expected));
            } else if (roles.putIfAbsent(role, c) != null) {
                problems.add(new CsvInputException.Problem(1, col, "列名重复 / duplicate column"));
            }
        }
        for (String needed : List.of("park", "key", "year", "value")) {
            if (!roles.containsKey(needed)) {
                problems.add(new CsvInputException.Problem(
                        1, "", "缺少列 " + needed + " / no column '" + needed + "'; " + expected));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvInputException(fileName, problems);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 1; r < records.size() && problems.size() < CsvInputException.MAX_PROBLEMS; r++) {
            CSVRecord rec = records.get(r);
            int line = r + 1;
            Function<String, String> cell = role -> {
                Integer c = roles.get(role);
                return c == null || c >= rec.size() ? "" : rec.get(c).strip();
            };
            Function<String, String> col =
                    role -> CsvInputException.letters(roles.get(role)) + " (" + header.get(roles.get(role)) + ")";
            String park = cell.apply("park");
            String key = cell.apply("key");
            String yearText = cell.apply("year");
            String valueText = cell.apply("value").replace(",", "");
            String source = cell.apply("source");
            boolean ok = true;
            if (park.isEmpty()) {
                problems.add(new CsvInputException.Problem(line, col.apply("park"), "园区编号为空 / the park code is empty"));
                ok = false;
            }
            if (!KEY.matcher(key).matches()) {
                problems.add(new CsvInputException.Problem(
                        line,
                        col.apply("key"),
                        "指标键 '" + key + "' 应以字母开头,"
                                + " 由字母、数字、_ . - 组成, 最长 64 / the key '" + key + "' must start with a letter and hold"
                                + " letters, digits, _ . - (at most 64)"));
                ok = false;
            }
            int year = 0;
            try {
                year = Integer.parseInt(yearText);
            } catch (NumberFormatException e) {
                year = -1;
            }
            if (year < 1980 || year > 2100) {
                problems.add(new CsvInputException.Problem(
                        line,
                        col.apply("year"),
                        "年份应为 1980–2100 的整数, 实际为 '" + yearText + "' / the year must be a whole number 1980-2100, got '"
                                + yearText + "'"));
                ok = false;
            }
            BigDecimal value = null;
            try {
                value = new BigDecimal(valueText).setScale(6, RoundingMode.HALF_UP);
                if (value.abs().compareTo(LIMIT) >= 0) {
                    problems.add(new CsvInputException.Problem(
                            line,
                            col.apply("value"),
                            "数值过大 (绝对值应小于 10^18) /" + " the value is too large (|value| < 10^18)"));
                    ok = false;
                }
            } catch (NumberFormatException e) {
                problems.add(new CsvInputException.Problem(
                        line,
                        col.apply("value"),
                        "'" + valueText + "' 不是数字" + " (园区级指标不能为空) / '" + valueText
                                + "' is not a number (a figure cannot be empty)"));
                ok = false;
            }
            if (source.length() > 200) {
                problems.add(new CsvInputException.Problem(
                        line, col.apply("source"), "来源最长 200 字 / the source is" + " at most 200 characters"));
                ok = false;
            }
            if (ok) {
                Integer before = seen.putIfAbsent(park + "\u0000" + key + "\u0000" + year, line);
                if (before != null) {
                    problems.add(new CsvInputException.Problem(
                            line,
                            "",
                            "园区 " + park + " 的 " + key + " 在 " + year
                                    + " 年重复, 首次见第 " + before + " 行 / a second value of " + key + " for " + park + " in "
                                    + year + " (first in row " + before + ")"));
                } else {
                    rows.add(new Row(
                            line,
                            col.apply("park"),
                            new Figure(park, key, year, value, source.isEmpty() ? null : source)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvInputException(fileName, problems);
        }
        if (rows.isEmpty()) {
            throw new CsvInputException(
                    fileName, List.of(new CsvInputException.Problem(0, "", "没有数据行 / no data" + " rows; " + expected)));
        }
        return rows;
    }
}
