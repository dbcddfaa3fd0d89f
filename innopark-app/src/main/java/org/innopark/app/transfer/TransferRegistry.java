package org.innopark.app.transfer;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.innopark.app.audit.AuditLog;
import org.innopark.engine.transfer.ResearchInstrument;
import org.innopark.engine.transfer.ResearchResult;
import org.innopark.engine.transfer.TechnologyDemand;
import org.innopark.engine.transfer.TransferExpert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The technology-transfer registry's tables and the only SQL on them: research results, experts, instruments (each
 * owned by a park, visible to another park only when its owner shares it) and the parks' technology demands (their
 * park's own). Writes replace an object by its park and id, and audit every object created or changed in the write's
 * transaction.
 */
@Service
public class TransferRegistry {

    /** One kind of object: its table, key column, columns in order, and how a record is written and read. */
    record Kind<T>(
            String entity,
            String table,
            String keyColumn,
            List<String> columns,
            Function<T, String> key,
            Function<T, String> park,
            Function<T, List<Object>> values,
            RowReader<T> reader,
            boolean shareable) {

        String select() {
            return "SELECT park_code, " + keyColumn + ", " + String.join(", ", columns) + " FROM " + table;
        }
    }

    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static final Kind<ResearchResult> RESULTS = new Kind<>(
            "transfer_result",
            "transfer_result",
            "registration_no",
            List.of(
                    "name",
                    "summary",
                    "keywords",
                    "attribute",
                    "form",
                    "achievement_level",
                    "stage",
                    "holder",
                    "field",
                    "transfer_mode",
                    "asking_price",
                    "shared"),
            ResearchResult::registrationNo,
            ResearchResult::parkCode,
            r -> Arrays.asList(
                    r.name(),
                    r.summary(),
                    String.join("；", r.keywords()),
                    r.attribute(),
                    r.form(),
                    r.level(),
                    r.stage(),
                    r.holder(),
                    r.field(),
                    r.transferMode(),
                    r.askingPriceYuan(),
                    r.shared()),
            rs -> new ResearchResult(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    keywords(rs.getString(5)),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12),
                    rs.getBigDecimal(13),
                    rs.getString(1),
                    rs.getBoolean(14)),
            true);

    static final Kind<TransferExpert> EXPERTS = new Kind<>(
            "transfer_expert",
            "transfer_expert",
            "expert_id",
            List.of("name", "unit", "title", "direction", "achievements", "shared"),
            TransferExpert::id,
            TransferExpert::parkCode,
            e -> Arrays.asList(e.name(), e.unit(), e.title(), e.direction(), e.achievements(), e.shared()),
            rs -> new TransferExpert(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(1),
                    rs.getBoolean(8)),
            true);

    static final Kind<ResearchInstrument> INSTRUMENTS = new Kind<>(
            "transfer_instrument",
            "transfer_instrument",
            "instrument_id",
            List.of("name", "category", "functions", "specifications", "owner", "open_sharing", "charges", "shared"),
            ResearchInstrument::id,
            ResearchInstrument::parkCode,
            i -> Arrays.asList(
                    i.name(),
                    i.category(),
                    i.functions(),
                    i.specifications(),
                    i.owner(),
                    i.openForSharing(),
                    i.charges(),
                    i.shared()),
            rs -> new ResearchInstrument(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getBoolean(8),
                    rs.getString(9),
                    rs.getString(1),
                    rs.getBoolean(10)),
            true);

    static final Kind<TechnologyDemand> DEMANDS = new Kind<>(
            "transfer_demand",
            "transfer_demand",
            "demand_id",
            List.of(
                    "name",
                    "description",
                    "credit_code",
                    "enterprise",
                    "industry",
                    "budget",
                    "cooperation",
                    "deadline"),
            TechnologyDemand::id,
            TechnologyDemand::parkCode,
            d -> Arrays.asList(
                    d.name(),
                    d.description(),
                    d.creditCode(),
                    d.enterpriseName(),
                    d.industry(),
                    d.budgetYuan(),
                    d.cooperation(),
                    d.deadline() == null ? null : Date.valueOf(d.deadline())),
            rs -> {
                Date deadline = rs.getDate(10);
                return new TechnologyDemand(
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5).strip(),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBigDecimal(8),
                        rs.getString(9),
                        deadline == null ? null : deadline.toLocalDate(),
                        rs.getString(1));
            },
            false);

    /** What a write did. */
    public record Written(int created, int updated, int unchanged) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    TransferRegistry(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private static List<String> keywords(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("[；;]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** Creates or replaces the objects (by park and id), auditing each one created or changed; all or nothing. */
    @Transactional
    public <T> Written save(Kind<T> kind, String username, List<T> records) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        String insert = "INSERT INTO " + kind.table() + " (park_code, " + kind.keyColumn() + ", "
                + String.join(", ", kind.columns()) + ") VALUES (?, ?"
                + ", ?".repeat(kind.columns().size()) + ")";
        String delete = "DELETE FROM " + kind.table() + " WHERE park_code = ? AND " + kind.keyColumn() + " = ?";
        for (T record : records) {
            String park = kind.park().apply(record);
            String key = kind.key().apply(record);
            Optional<T> before = find(kind, park, key);
            if (before.isPresent() && view(kind, before.get()).equals(view(kind, record))) {
                unchanged++;
                continue;
            }
            before.ifPresent(b -> jdbc.sql(delete).params(park, key).update());
            List<Object> params = new ArrayList<>(List.of(park, key));
            params.addAll(kind.values().apply(record));
            jdbc.sql(insert).params(params).update();
            audit.record(
                    username,
                    before.isPresent() ? AuditLog.Action.UPDATE : AuditLog.Action.CREATE,
                    kind.entity(),
                    key,
                    park,
                    before.map(b -> view(kind, b)).orElse(null),
                    view(kind, record));
            if (before.isPresent()) {
                updated++;
            } else {
                created++;
            }
        }
        return new Written(created, updated, unchanged);
    }

    private static <T> Map<String, Object> view(Kind<T> kind, T record) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> values = kind.values().apply(record);
        for (int i = 0; i < kind.columns().size(); i++) {
            Object v = values.get(i);
            v = v instanceof Date d ? d.toLocalDate().toString() : v;
            m.put(
                    kind.columns().get(i),
                    v instanceof BigDecimal b
                            ? b.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()
                            : v);
        }
        return m;
    }

    /** One object of a park by its id. */
    public <T> Optional<T> find(Kind<T> kind, String park, String id) {
        return jdbc.sql(kind.select() + " WHERE park_code = ? AND " + kind.keyColumn() + " = ?")
                .params(park, id)
                .query((rs, n) -> kind.reader().read(rs))
                .optional();
    }

    /**
     * The objects a park sees: its own and, for a kind that may be shared, the ones other parks share; ordered by
     * park (its own first) and id.
     */
    public <T> List<T> visibleTo(Kind<T> kind, String park) {
        String where = kind.shareable() ? " WHERE park_code = ? OR shared = TRUE" : " WHERE park_code = ?";
        return jdbc.sql(kind.select() + where + " ORDER BY CASE WHEN park_code = ? THEN 0 ELSE 1 END, park_code, "
                        + kind.keyColumn())
                .params(park, park)
                .query((rs, n) -> kind.reader().read(rs))
                .list();
    }

    /** Every object of a kind (for rebuilding the index), or a park's own. */
    public <T> List<T> all(Kind<T> kind, String park) {
        return park == null
                ? jdbc.sql(kind.select() + " ORDER BY park_code, " + kind.keyColumn())
                        .query((rs, n) -> kind.reader().read(rs))
                        .list()
                : jdbc.sql(kind.select() + " WHERE park_code = ? ORDER BY " + kind.keyColumn())
                        .params(park)
                        .query((rs, n) -> kind.reader().read(rs))
                        .list();
    }

    /**
     * A result, expert or instrument a park may see: its own, else one shared by another park (the first by park
     * code, when several parks share objects of that id).
     */
    public <T> Optional<T> visible(Kind<T> kind, String park, String id) {
        Optional<T> own = find(kind, park, id);
        if (own.isPresent() || !kind.shareable()) {
            return own;
        }
        return jdbc
                .sql(kind.select() + " WHERE shared = TRUE AND " + kind.keyColumn() + " = ? ORDER BY park_code")
                .params(id)
                .query((rs, n) -> kind.reader().read(rs))
                .list()
                .stream()
                .findFirst();
    }

    /** The number of objects a park sees, by kind. */
    public <T> int count(Kind<T> kind, String park) {
        String where = kind.shareable() ? " WHERE park_code = ? OR shared = TRUE" : " WHERE park_code = ?";
        return jdbc.sql("SELECT COUNT(*) FROM " + kind.table() + where)
                .params(park)
                .query(Integer.class)
                .single();
    }
}
