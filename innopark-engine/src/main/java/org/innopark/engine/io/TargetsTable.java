package org.innopark.engine.io;

import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.chain.Contribution;
import org.innopark.engine.chain.Target;
import org.innopark.engine.chain.TargetRanking;

/**
 * A target list as a table, one row per park and target: park, rank, the pool firm's credit code and name, its city,
 * industry, 营业收入 in 万元, the nodes it fills and its total score, then for each contribution (in the ranking's
 * order: relatedness, gap, adjacency, expansion, qualification, size, distance) its value in 0..1, the points it adds
 * and its Chinese text, and last the explanation in one line. The embedded {@code chain targets --pool} and the Spark
 * {@code targets} job both write these columns.
 */
public final class TargetsTable {

    /** What a column holds. */
    public enum Type {
        TEXT,
        INTEGER,
        DECIMAL
    }

    public record Column(String name, Type type) {}

    private static final List<Column> COLUMNS = columns0();

    private TargetsTable() {}

    public static List<Column> columns() {
        return COLUMNS;
    }

    private static List<Column> columns0() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("park", Type.TEXT));
        c.add(new Column("rank", Type.INTEGER));
        c.add(new Column("credit_code", Type.TEXT));
        c.add(new Column("name", Type.TEXT));
        c.add(new Column("city", Type.TEXT));
        c.add(new Column("industry", Type.TEXT));
        c.add(new Column("revenue_wan", Type.DECIMAL));
        c.add(new Column("nodes", Type.TEXT));
        c.add(new Column("score", Type.DECIMAL));
        for (String key : TargetRanking.contributionKeys()) {
            c.add(new Column(key, Type.DECIMAL));
            c.add(new Column(key + "_points", Type.DECIMAL));
            c.add(new Column(key + "_text", Type.TEXT));
        }
        c.add(new Column("explanation", Type.TEXT));
        return List.copyOf(c);
    }

    /** A target's row: String, Integer and Double cells in the order of {@link #columns}. */
    public static Object[] row(String park, Target t) {
        Object[] row = new Object[COLUMNS.size()];
        int i = 0;
        row[i++] = park;
        row[i++] = t.rank();
        row[i++] = t.creditCode();
        row[i++] = t.name();
        row[i++] = t.city();
        row[i++] = t.industry();
        row[i++] = t.revenueYuan() / 1e4;
        row[i++] = String.join("、", t.nodes());
        row[i++] = t.score();
        for (Contribution k : t.contributions()) {
            row[i++] = k.value();
            row[i++] = k.points();
            row[i++] = k.textZh();
        }
        row[i] = t.explanationZh();
        return row;
    }
}
