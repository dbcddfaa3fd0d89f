package org.innopark.engine.bulletin;

import java.math.BigDecimal;
import java.util.List;
import org.innopark.engine.io.JsonText;

/**
 * A fact as the row of the extraction's output (JSONL, CSV, XLSX, Parquet): the keys doc, subject, metric, value,
 * unit, period, kind, qualifier, quote, in this order. The application's export and the Spark job both take a fact's
 * row here.
 */
public final class FactRows {

    /** The keys of a fact, in order. */
    public static final List<String> KEYS =
            List.of("doc", "subject", "metric", "value", "unit", "period", "kind", "qualifier", "quote");

    private FactRows() {}

    /** The row's values: text, the value as a plain decimal without trailing zeros, null for what is unknown. */
    public static Object[] values(QuantFact f) {
        return new Object[] {
            f.doc(),
            f.subject(),
            f.metric(),
            plain(f.value()),
            f.unit(),
            f.period(),
            f.kind().key(),
            f.qualifier() == null ? null : f.qualifier().key(),
            f.quote()
        };
    }

    /** The value written plainly (14.69, 1200, not 1.2E+3). */
    public static BigDecimal plain(BigDecimal v) {
        return new BigDecimal(v.stripTrailingZeros().toPlainString());
    }

    /**
     * The fact as one JSON line, as the JSONL output writes it: the keys in order, null for what is unknown, the
     * value a plain number, text with quotes, backslashes and control characters escaped and nothing else.
     */
    public static String json(QuantFact f) {
        Object[] values = values(f);
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append('"').append(KEYS.get(i)).append("\":");
            Object v = values[i];
            if (v == null) {
                b.append("null");
            } else if (v instanceof BigDecimal d) {
                b.append(d.toPlainString());
            } else {
                b.append(JsonText.quoted(v.toString()));
            }
        }
        return b.append('}').toString();
    }
}
