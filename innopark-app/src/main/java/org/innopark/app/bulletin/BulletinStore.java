package org.innopark.app.bulletin;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.Role;
import org.innopark.engine.bulletin.BulletinVocabulary;
import org.innopark.engine.bulletin.ChineseNumerals;
import org.innopark.engine.bulletin.FactExtractor;
import org.innopark.engine.bulletin.FactKind;
import org.innopark.engine.bulletin.Qualifier;
import org.innopark.engine.bulletin.QuantFact;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's imported bulletins ({@code bulletin}) and their extracted facts ({@code bulletin_fact}) with the reviews.
 * A file is imported whole or not at all: it is read and its facts extracted before anything is written, then the
 * bulletin, every fact and the audit entry are written in one transaction. A park's bulletins and reviews are its own:
 * its park staff read and review them (the system administrator any park's), enterprise and bank users are refused,
 * and another park's bulletin is "not found".
 */
@Service
public class BulletinStore {

    static final String ENTITY = "bulletin";
    static final String FACT_ENTITY = "bulletin_fact";

    private static final Pattern DATE =
            Pattern.compile("(20\\d{2}|19\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final AuditLog audit;
    private final RegistryReads registry;
    private final BulletinVocabulary vocabulary = BulletinVocabulary.standard();
    private final FactExtractor extractor = new FactExtractor(vocabulary);

    BulletinStore(
            JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, AuditLog audit, RegistryReads registry) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
        this.registry = registry;
    }

    /** What the importer says about a bulletin; every field may be blank (the title then is the text's first line). */
    public record Meta(
            @Nullable String title,
            @Nullable String sourceName,
            @Nullable String sourceUrl,
            @Nullable LocalDate publishedOn) {

        public static final Meta NONE = new Meta(null, null, null, null);

        /** A publish date as typed (2024-03-05); null when blank, an error naming the format when not a date. */
        public static @Nullable LocalDate date(@Nullable String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("发布日期格式应为 2024-03-05 / the publish date as 2024-03-05");
            }
        }
    }

    /** A bulletin as listed. */
    public record BulletinRow(
            long id,
            String park,
            String title,
            @Nullable String sourceName,
            @Nullable String sourceUrl,
            @Nullable LocalDate publishedOn,
            String fileName,
            String format,
            String importedBy,
            OffsetDateTime importedAt,
            int facts,
            int pending) {

        /** Where the bulletin comes from, for a table cell: the source's name, else the file's. */
        public String source() {
            return sourceName != null && !sourceName.isBlank() ? sourceName : fileName;
        }
    }

    /** A bulletin with its full text. */
    public record Bulletin(BulletinRow row, String text) {}

    /** A fact as extracted, with its review; the effective values are the corrected ones where corrected. */
    public record StoredFact(
            long id,
            long bulletinId,
            int seq,
            @Nullable String subject,
            @Nullable String metric,
            @Nullable String metricId,
            BigDecimal value,
            String unit,
            @Nullable String period,
            FactKind kind,
            @Nullable Qualifier qualifier,
            String quote,
            int start,
            int end,
            ReviewState state,
            @Nullable Correction correction,
            @Nullable String note,
            @Nullable String reviewedBy,
            @Nullable OffsetDateTime reviewedAt) {

        public @Nullable String effectiveSubject() {
            return correction != null && correction.subject() != null ? correction.subject() : subject;
        }

        public @Nullable String effectiveMetric() {
            return correction != null && correction.metric() != null ? correction.metric() : metric;
        }

        public @Nullable String effectiveMetricId() {
            return correction != null && correction.metric() != null ? correction.metricId() : metricId;
        }

        public BigDecimal effectiveValue() {
            return correction != null && correction.value() != null ? correction.value() : value;
        }

        public String effectiveUnit() {
            return correction != null && correction.unit() != null ? correction.unit() : unit;
        }

        public @Nullable String effectivePeriod() {
            return correction != null && correction.period() != null ? correction.period() : period;
        }
    }

    /** A reviewer's values; a null field keeps the extracted one. */
    public record Correction(
            @Nullable String subject,
            @Nullable String metric,
            @Nullable String metricId,
            @Nullable BigDecimal value,
            @Nullable String unit,
            @Nullable String period) {}

    /** A review as asked for: the new state and, for a correction, the values as typed (blank: keep). */
    public record Review(
            ReviewState state,
            @Nullable String subject,
            @Nullable String metric,
            @Nullable String value,
            @Nullable String unit,
            @Nullable String period,
            @Nullable String note) {}

    /** What an import wrote. */
    public record Imported(long id, String title, int facts) {}

    /** The park staff account that may read and review a park's bulletins; throws when it may not. */
    public static Account staffOf(Account account, String park) {
        if (account.role() == Role.ENTERPRISE || account.role() == Role.BANK) {
            throw new AccessDeniedException("公报情报仅供园区工作人员使用 / bulletins are for park staff only");
        }
        if (park == null || !account.scope().includesPark(park)) {
            throw new BulletinNotFoundException("无此园区 / no park " + park);
        }
        return account;
    }

    private void parkExists(String park) {
        if (!registry.parkExists(park)) {
            throw new BulletinNotFoundException("无此园区 / no park " + park);
        }
    }

    /**
     * Reads a file, extracts its facts and stores both, all or nothing. A file that is not text, an empty one or one
     * already imported into the park is refused with a message naming it ({@link BulletinInputException}).
     */
    @Transactional
    public Imported importFile(Account account, String park, String fileName, byte[] bytes, Meta meta) {
        staffOf(account, park);
        parkExists(park);
        String name = fileName == null || fileName.isBlank() ? "bulletin.txt" : fileName.strip();
        if (name.length() > 300) {
            name = name.substring(name.length() - 300);
        }
        if (bytes.length > BulletinFiles.MAX_BYTES) {
            throw new BulletinInputException(
                    name + ": larger than 50 MB; a bulletin is text of a few MB at most / 文件超过 50 MB");
        }
        BulletinFiles.Document doc = BulletinFiles.read(name, bytes);
        String text = doc.text();
        if (text.strip().isEmpty()) {
            throw new BulletinInputException(name + ": the file has no text / 文件没有文字内容");
        }
        String sha = sha256(text);
        List<Long> same = jdbc.sql("SELECT id FROM bulletin WHERE park_code = ? AND sha256 = ?")
                .params(park, sha)
                .query(Long.class)
                .list();
        if (!same.isEmpty()) {
            throw new BulletinInputException(name + ": the same text was already imported as bulletin " + same.get(0)
                    + " / 相同内容的公报已导入(编号 " + same.get(0) + ")");
        }
        String url = clipChecked(blankToNull(meta.sourceUrl()), 1000, "sourceUrl 网址");
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException(
                    "sourceUrl: an http:// or https:// address / 网址应以 http:// 或 https:// 开头");
        }
        List<QuantFact> facts = extractor.extract(name, text);
        String title = clip(blankToNull(meta.title()), 300);
        if (title == null) {
            title = firstLine(text, name);
        }
        LocalDate published = meta.publishedOn() != null ? meta.publishedOn() : dateIn(text);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO bulletin (park_code, title, source_name, source_url, published_on, file_name,"
                        + " file_format, sha256, full_text, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        park,
                        title,
                        clip(blankToNull(meta.sourceName()), 200),
                        url,
                        published,
                        name,
                        doc.format(),
                        sha,
                        text,
                        account.username())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        List<Object[]> rows = new java.util.ArrayList<>(facts.size());
        int seq = 0;
        for (QuantFact f : facts) {
            boolean located = f.start() >= 0
                    && f.end() <= text.length()
                    && f.start() < f.end()
                    && text.substring(f.start(), f.end()).equals(f.quote());
            rows.add(new Object[] {
                id,
                ++seq,
                clip(f.subject(), 200),
                clip(f.metric(), 200),
                f.metricId(),
                f.value(),
                clip(f.unit(), 32),
                clip(f.period(), 64),
                f.kind().key(),
                f.qualifier() == null ? null : f.qualifier().key(),
                clip(f.quote(), 400),
                located ? f.start() : -1,
                located ? f.end() : -1
            });
        }
        // one batch per file, in the bulletin's transaction
        batch.batchUpdate(
                "INSERT INTO bulletin_fact (bulletin_id, seq, subject, metric, metric_id, fact_value, unit, period,"
                        + " kind, qualifier, quote, quote_start, quote_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", title);
        after.put("file", name);
        after.put("format", doc.format());
        after.put("sha256", sha);
        after.put("facts", facts.size());
        audit.record(account.username(), AuditLog.Action.IMPORT, ENTITY, String.valueOf(id), park, null, after);
        return new Imported(id, title, facts.size());
    }

    /** The park's bulletins, newest import first. */
    @Transactional(readOnly = true)
    public List<BulletinRow> list(Account account, String park) {
        staffOf(account, park);
        return jdbc.sql(ROW_SQL + " WHERE b.park_code = ? GROUP BY " + ROW_GROUP
                        + " ORDER BY b.imported_at DESC, b.id DESC")
                .param(park)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** A bulletin of the park with its text; empty when there is none (or it is another park's). */
    @Transactional(readOnly = true)
    public Optional<Bulletin> find(Account account, String park, long id) {
        staffOf(account, park);
        Optional<BulletinRow> row = jdbc.sql(ROW_SQL + " WHERE b.park_code = ? AND b.id = ? GROUP BY " + ROW_GROUP)
                .params(park, id)
                .query((rs, n) -> row(rs))
                .optional();
        return row.map(r -> new Bulletin(
                r,
                jdbc.sql("SELECT full_text FROM bulletin WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single()));
    }

    /** A bulletin's facts in the order of the text. */
    @Transactional(readOnly = true)
    public List<StoredFact> facts(Account account, String park, long bulletinId) {
        staffOf(account, park);
        return jdbc.sql(FACT_SQL + " WHERE b.park_code = ? AND f.bulletin_id = ? ORDER BY f.seq")
                .params(park, bulletinId)
                .query((rs, n) -> fact(rs))
                .list();
    }

    /** A bulletin's facts with the bulletin itself, for peer figures: the park's facts of mapped metrics. */
    public record SourcedFact(StoredFact fact, BulletinRow bulletin) {}

    /** Every fact of the park's bulletins that is not rejected (reviewedOnly: only accepted and corrected ones). */
    @Transactional(readOnly = true)
    public List<SourcedFact> peerFacts(Account account, String park, boolean reviewedOnly) {
        staffOf(account, park);
        Map<Long, BulletinRow> bulletins = new LinkedHashMap<>();
        list(account, park).forEach(b -> bulletins.put(b.id(), b));
        return jdbc
                .sql(FACT_SQL + " WHERE b.park_code = ? AND f.review_state IN (?, ?, ?) ORDER BY f.bulletin_id, f.seq")
                .params(
                        park,
                        ReviewState.ACCEPTED.name(),
                        ReviewState.CORRECTED.name(),
                        reviewedOnly ? ReviewState.ACCEPTED.name() : ReviewState.PENDING.name())
                .query((rs, n) -> fact(rs))
                .list()
                .stream()
                .map(f -> new SourcedFact(f, bulletins.get(f.bulletinId())))
                .toList();
    }

    /**
     * Records a review of one of the park's facts (accept, correct with the values given, reject, or back to
     * pending), with who and when, audited with the values before and after.
     */
    @Transactional
    public StoredFact review(Account account, String park, long bulletinId, long factId, Review review) {
        staffOf(account, park);
        StoredFact before = jdbc.sql(FACT_SQL + " WHERE b.park_code = ? AND f.bulletin_id = ? AND f.id = ?")
                .params(park, bulletinId, factId)
                .query((rs, n) -> fact(rs))
                .optional()
                .orElseThrow(() -> new BulletinNotFoundException("无此事实 / no fact " + factId));
        Correction c = null;
        if (review.state() == ReviewState.CORRECTED) {
            c = correction(review);
        }
        String note = clipChecked(blankToNull(review.note()), 500, "note 说明");
        jdbc.sql("UPDATE bulletin_fact SET review_state = ?, corrected_subject = ?, corrected_metric = ?,"
                        + " corrected_metric_id = ?, corrected_value = ?, corrected_unit = ?, corrected_period = ?,"
                        + " review_note = ?, reviewed_by = ?, reviewed_at = CURRENT_TIMESTAMP WHERE id = ?")
                .params(
                        review.state().name(),
                        c == null ? null : c.subject(),
                        c == null ? null : c.metric(),
                        c == null ? null : c.metricId(),
                        c == null ? null : c.value(),
                        c == null ? null : c.unit(),
                        c == null ? null : c.period(),
                        note,
                        account.username(),
                        factId)
                .update();
        StoredFact after = jdbc.sql(FACT_SQL + " WHERE f.id = ?")
                .param(factId)
                .query((rs, n) -> fact(rs))
                .single();
        audit.record(
                account.username(),
                AuditLog.Action.UPDATE,
                FACT_ENTITY,
                bulletinId + "/" + factId,
                park,
                auditView(before),
                auditView(after));
        return after;
    }

    /** The reviewer's values, checked: a value must be a number (Arabic or Chinese numerals), lengths as stored. */
    Correction correction(Review r) {
        BigDecimal value = null;
        String v = blankToNull(r.value());
        if (v != null) {
            try {
                value = ChineseNumerals.parse(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "value '" + v + "' is not a number / 数值 '" + v + "' 不是数字 (" + e.getMessage() + ")");
            }
            if (value.abs().compareTo(new BigDecimal("1e27")) >= 0) {
                throw new IllegalArgumentException("value too large / 数值过大: " + v);
            }
        }
        String metric = clipChecked(blankToNull(r.metric()), 200, "metric 指标");
        String metricId = metric == null ? null : metricId(metric);
        Correction c = new Correction(
                clipChecked(blankToNull(r.subject()), 200, "subject 主体"),
                metric,
                metricId,
                value,
                clipChecked(blankToNull(r.unit()), 32, "unit 单位"),
                clipChecked(blankToNull(r.period()), 64, "period 时期"));
        if (c.subject() == null && c.metric() == null && c.value() == null && c.unit() == null && c.period() == null) {
            throw new IllegalArgumentException("a correction needs at least one corrected value (value, unit, period,"
                    + " subject or metric) / 更正至少需要填写一项(数值、单位、时期、主体或指标)");
        }
        return c;
    }

    /** The canonical metric a name or alias stands for, or null (kept as written). */
    @Nullable
    String metricId(String metric) {
        for (BulletinVocabulary.Metric m : vocabulary.metrics()) {
            if (m.name().equals(metric) || m.id().equals(metric) || m.aliases().contains(metric)) {
                return m.id();
            }
        }
        return null;
    }

    private static Map<String, Object> auditView(StoredFact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", f.state().name());
        m.put("subject", f.effectiveSubject());
        m.put("metric", f.effectiveMetric());
        m.put("value", f.effectiveValue().stripTrailingZeros().toPlainString());
        m.put("unit", f.effectiveUnit());
        m.put("period", f.effectivePeriod());
        m.put("note", f.note());
        return m;
    }

    private static final String ROW_GROUP = "b.id, b.park_code, b.title, b.source_name, b.source_url, b.published_on,"
            + " b.file_name, b.file_format, b.imported_by, b.imported_at";

    private static final String ROW_SQL = "SELECT " + ROW_GROUP + ", COUNT(f.id),"
            + " COALESCE(SUM(CASE WHEN f.review_state = 'PENDING' THEN 1 ELSE 0 END), 0)"
            + " FROM bulletin b LEFT JOIN bulletin_fact f ON f.bulletin_id = b.id";

    private static BulletinRow row(ResultSet rs) throws SQLException {
        java.sql.Date published = rs.getDate(6);
        return new BulletinRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                published == null ? null : published.toLocalDate(),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getObject(10, OffsetDateTime.class),
                rs.getInt(11),
                rs.getInt(12));
    }

    private static final String FACT_SQL = "SELECT f.id, f.bulletin_id, f.seq, f.subject, f.metric, f.metric_id,"
            + " f.fact_value, f.unit, f.period, f.kind, f.qualifier, f.quote, f.quote_start, f.quote_end,"
            + " f.review_state, f.corrected_subject, f.corrected_metric, f.corrected_metric_id, f.corrected_value,"
            + " f.corrected_unit, f.corrected_period, f.review_note, f.reviewed_by, f.reviewed_at"
            + " FROM bulletin_fact f JOIN bulletin b ON b.id = f.bulletin_id";

    private static StoredFact fact(ResultSet rs) throws SQLException {
        ReviewState state = ReviewState.valueOf(rs.getString(15));
        BigDecimal correctedValue = rs.getBigDecimal(19);
        Correction c = state == ReviewState.CORRECTED
                ? new Correction(
                        rs.getString(16),
                        rs.getString(17),
                        rs.getString(18),
                        correctedValue == null ? null : correctedValue.stripTrailingZeros(),
                        rs.getString(20),
                        rs.getString(21))
                : null;
        return new StoredFact(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getBigDecimal(7).stripTrailingZeros(),
                rs.getString(8),
                rs.getString(9),
                FactKind.valueOf(rs.getString(10).toUpperCase(java.util.Locale.ROOT)),
                Qualifier.ofKey(rs.getString(11)),
                rs.getString(12),
                rs.getInt(13),
                rs.getInt(14),
                state,
                c,
                rs.getString(22),
                rs.getString(23),
                rs.getObject(24, OffsetDateTime.class));
    }

    /** The first line of text that says something, without a heading mark, as the title. */
    static String firstLine(String text, String fallback) {
        for (String line : text.split("\n")) {
            String t = line.replace("####", "").strip();
            if (!t.isEmpty()) {
                return clip(t, 300);
            }
        }
        return clip(fallback, 300);
    }

    /** A date written near the top (2024年3月5日), taken as the publish date; null when none. */
    static @Nullable LocalDate dateIn(String text) {
        Matcher m = DATE.matcher(text.substring(0, Math.min(text.length(), 600)));
        while (m.find()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // not a calendar date: look further
            }
        }
        return null;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable String clip(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static @Nullable String clipChecked(@Nullable String s, int max, String what) {
        if (s != null && s.length() > max) {
            throw new IllegalArgumentException(what + ": at most " + max + " characters / 不超过 " + max + " 字");
        }
        return s;
    }
}
