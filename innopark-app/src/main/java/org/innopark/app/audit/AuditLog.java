package org.innopark.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.innopark.app.shared.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 审计日志: every change made through the platform, with who made it, when, and the record before and after. An
 * event is written in the caller's transaction (a change without a transaction is refused), so a change and its
 * event are committed or rolled back together. Whole-file imports are recorded by the registry's import history as
 * events of entity {@value #IMPORT} (the file's tables, SHA-256, status and counts after the attempt).
 */
@Service
public class AuditLog {

    /** The entity name under which whole-file imports (导入) appear. */
    public static final String IMPORT = "import";

    /** The entities recorded, in the order the audit page offers them as a filter. */
    public static final List<String> ENTITIES = List.of(
            Entity.ACCOUNT,
            Entity.ANNUAL_REPORT,
            Entity.POINTS_CONSENT,
            Entity.PARK_FIGURE,
            Entity.CREDIT_RECORD,
            Entity.CREDIT_COVERAGE,
            Entity.DECLARED_FACT,
            Entity.MONTHLY_REPORT,
            Entity.MONITOR_CASE,
            Entity.MONITOR_SCAN,
            Entity.CHAIN_MAPPING,
            Entity.PIPELINE_PROJECT,
            Entity.ISSUED_REPORT,
            Entity.REPORT_SCHEDULE,
            Entity.BULLETIN,
            Entity.BULLETIN_FACT,
            Entity.TRANSFER_RESULT,
            Entity.TRANSFER_EXPERT,
            Entity.TRANSFER_INSTRUMENT,
            Entity.TRANSFER_DEMAND,
            Entity.TRANSFER_CONTRACT,
            Entity.TRANSFER_LISTING,
            Entity.TRANSFER_INTENT,
            Entity.TRANSFER_NOTIFICATION,
            Entity.INCUBATION_TENANCY,
            Entity.INCUBATION_CARRIER,
            Entity.INCUBATION_FIGURE,
            Entity.TALENT_PROFILE,
            Entity.RESEARCH_GROUP,
            Entity.TALENT_REQUEST,
            Entity.PATENT,
            Entity.PATENT_LINK,
            IMPORT);

    /** What is recorded about: the names stored in {@code audit_event.entity}. */
    public static final class Entity {
        public static final String ACCOUNT = "account";
        public static final String ANNUAL_REPORT = "annual_report";
        public static final String POINTS_CONSENT = "points_consent";
        public static final String PARK_FIGURE = "park_figure";
        public static final String CREDIT_RECORD = "credit_record";
        public static final String CREDIT_COVERAGE = "credit_coverage";
        public static final String DECLARED_FACT = "declared_fact";
        // The features' names (each feature keeps its own constant; these are for the audit page's filter).
        public static final String MONTHLY_REPORT = "monthly_report";
        public static final String MONITOR_CASE = "monitor_case";
        public static final String MONITOR_SCAN = "monitor_scan";
        public static final String CHAIN_MAPPING = "chain_mapping";
        public static final String PIPELINE_PROJECT = "pipeline_project";
        public static final String ISSUED_REPORT = "issued_report";
        public static final String INCUBATION_TENANCY = "incubation_tenancy";
        public static final String INCUBATION_CARRIER = "incubation_carrier";
        public static final String INCUBATION_FIGURE = "incubation_figure";
        public static final String REPORT_SCHEDULE = "report_schedule";
        public static final String BULLETIN = "bulletin";
        public static final String BULLETIN_FACT = "bulletin_fact";
        public static final String TRANSFER_RESULT = "transfer_result";
        public static final String TRANSFER_EXPERT = "transfer_expert";
        public static final String TRANSFER_INSTRUMENT = "transfer_instrument";
        public static final String TRANSFER_DEMAND = "transfer_demand";
        public static final String TRANSFER_CONTRACT = "transfer_contract";
        public static final String TRANSFER_LISTING = "transfer_listing";
        public static final String TRANSFER_INTENT = "transfer_intent";
        public static final String TRANSFER_NOTIFICATION = "transfer_notification";
        public static final String TALENT_PROFILE = "talent_profile";
        public static final String RESEARCH_GROUP = "research_group";
        public static final String TALENT_REQUEST = "talent_request";
        public static final String PATENT = "patent";
        public static final String PATENT_LINK = "patent_link";

        private Entity() {}
    }

    /** What was done. */
    public enum Action {
        CREATE,
        UPDATE,
        ENABLE,
        DISABLE,
        PASSWORD_RESET,
        PASSWORD_CHANGE,
        UNLOCK,
        GRANT,
        REVOKE,
        SUBMIT,
        DELETE,
        DECLARE,
        IMPORT
    }

    /** The zone in which a day of the date filter begins and ends. */
    static final ZoneId ZONE = ZoneId.systemDefault();

    /** Amounts as written (1E+2 would read badly in a log). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a change in the caller's transaction.
     *
     * @param before the record before the change (null when it did not exist); serialised to JSON
     * @param after the record after the change (null when it no longer exists); serialised to JSON
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String username,
            Action action,
            String entity,
            String entityKey,
            String parkCode,
            Object before,
            Object after) {
        Objects.requireNonNull(username, "username");
        jdbc.sql("INSERT INTO audit_event (username, action, entity, entity_key, park_code, before_json, after_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(username, action.name(), entity, entityKey, parkCode, json(before), json(after))
                .update();
    }

    /** One entry of the log: an audit event, or an import of a whole file (entity {@value #IMPORT}). */
    public record Event(
            long id,
            OffsetDateTime occurredAt,
            String username,
            String action,
            String entity,
            String entityKey,
            String parkCode,
            JsonNode before,
            JsonNode after) {

        /** The top-level fields whose value differs between before and after, in the order of after's fields. */
        public List<Change> changes() {
            Map<String, String> was = fields(before);
            Map<String, String> now = fields(after);
            List<Change> changes = new ArrayList<>();
            now.forEach((field, value) -> {
                if (!Objects.equals(was.get(field), value)) {
                    changes.add(new Change(field, was.get(field), value));
                }
            });
            was.forEach((field, value) -> {
                if (!now.containsKey(field)) {
                    changes.add(new Change(field, value, null));
                }
            });
            return changes;
        }

        private static Map<String, String> fields(JsonNode node) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (node != null && node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    JsonNode v = e.getValue();
                    fields.put(e.getKey(), v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString());
                }
            }
            return fields;
        }
    }

    /** A field that changed: its value before and after (null when absent). */
    public record Change(String field, String before, String after) {}

    /**
     * What to look for; every part is optional.
     *
     * @param username exactly this user's changes
     * @param entity one of {@link #ENTITIES}
     * @param from from the start of this day
     * @param to to the end of this day
     */
    public record Filter(String username, String entity, LocalDate from, LocalDate to) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /**
     * Events and imports, newest first.
     *
     * @param parkCode only this park's events, and the imports of this park's users; null for every park
     */
    @Transactional(readOnly = true)
    public Page<Event> search(String parkCode, Filter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        int pageNo = Math.max(0, page);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (parkCode != null) {
            where.append(" AND x.park_code = :park");
            params.put("park", parkCode);
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            where.append(" AND x.username = :user");
            params.put("user", filter.username().strip());
        }
        if (filter.entity() != null && !filter.entity().isBlank()) {
            where.append(" AND x.entity = :entity");
            params.put("entity", filter.entity().strip());
        }
        if (filter.from() != null) {
            where.append(" AND x.occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.append(" AND x.occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
        }
        String union = "audit_event x";
        long total = jdbc.sql("SELECT COUNT(*) FROM " + union + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Event> items = jdbc.sql("SELECT * FROM " + union + where
                        + " ORDER BY x.occurred_at DESC, x.entity, x.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", pageSize)
                .param("offset", (long) pageNo * pageSize)
                .query((rs, n) -> event(rs))
                .list();
        return new Page<>(items, pageNo, pageSize, total);
    }

    private static Event event(ResultSet rs) throws SQLException {
        String entity = rs.getString("entity");
        JsonNode before = parse(rs.getString("before_json"));
        JsonNode after = parse(rs.getString("after_json"));
        Timestamp at = rs.getTimestamp("occurred_at");
        return new Event(
                rs.getLong("id"),
                at.toInstant().atZone(ZONE).toOffsetDateTime(),
                rs.getString("username"),
                rs.getString("action"),
                entity,
                rs.getString("entity_key"),
                rs.getString("park_code"),
                before,
                after);
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    private static JsonNode parse(String json) {
        return json == null ? null : JSON.readTree(json);
    }
}
