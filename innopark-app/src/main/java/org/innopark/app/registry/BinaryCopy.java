package org.innopark.app.registry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteConverter;

/**
 * Rows in PostgreSQL's binary {@code COPY} format: every value is sent in the column type's own binary form
 * (big-endian integers, {@code numeric} as base-10000 digits, dates as days since 2000-01-01), so neither the JVM
 * formats numbers as text nor the server parses them. The column types come from the {@link RegistryTable}, which
 * must match the table's (a mismatch is an error of the whole {@code COPY}, never a wrong value).
 */
final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    /** Days from 1970-01-01 to 2000-01-01, PostgreSQL's date epoch. */
    private static final long PG_EPOCH_DAY = 10_957;

    private static final long[] TEN = new long[19];

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) {
            TEN[i] = TEN[i - 1] * 10;
        }
    }

    private static final int FLUSH_AT = 1 << 20;

    private byte[] buf = new byte[FLUSH_AT + 64 * 1024];
    private int pos;

    private BinaryCopy() {}

    /** Whether every column has a type this writer knows. */
    static boolean supports(RegistryTable table) {
        return table.columns().stream().allMatch(c -> switch (c.sqlType()) {
            case Types.CHAR, Types.VARCHAR, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DATE -> true;
            default -> false;
        });
    }

    /** Sends the rows through a {@code COPY ... FROM STDIN WITH (FORMAT binary)} already started, and ends it. */
    static void write(CopyIn copy, RegistryTable table, Collection<Object[]> rows) throws SQLException {
        List<RegistryTable.Column> columns = table.columns();
        int[] types = new int[columns.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = columns.get(i).sqlType();
        }
        BinaryCopy out = new BinaryCopy();
        System.arraycopy(SIGNATURE, 0, out.buf, 0, SIGNATURE.length);
        out.pos = SIGNATURE.length;
        out.int32(0); // flags
        out.int32(0); // header extension length
        for (Object[] row : rows) {
            out.row(types, row);
            if (out.pos >= FLUSH_AT) {
                copy.writeToCopy(out.buf, 0, out.pos);
                out.pos = 0;
            }
        }
        out.int16(-1); // trailer
        copy.writeToCopy(out.buf, 0, out.pos);
        copy.endCopy();
    }

    /** One row, as a standalone tuple (for tests). */
    static byte[] tuple(int[] types, Object[] row) {
        BinaryCopy out = new BinaryCopy();
        out.row(types, row);
        return java.util.Arrays.copyOf(out.buf, out.pos);
    }

    private void row(int[] types, Object[] row) {
        ensure(2);
        int16(types.length);
        for (int i = 0; i < types.length; i++) {
            Object v = row[i];
            if (v == null) {
                ensure(4);
                int32(-1);
                continue;
            }
            switch (types[i]) {
                case Types.INTEGER -> {
                    ensure(8);
                    int32(4);
                    int32(((Number) v).intValue());
                }
                case Types.BIGINT -> {
                    ensure(12);
                    int32(8);
                    int64(((Number) v).longValue());
                }
                case Types.NUMERIC -> numeric(v instanceof BigDecimal d ? d : new BigDecimal(v.toString()));
                case Types.DATE -> {
                    ensure(8);
                    int32(4);
                    int32((int) (((LocalDate) v).toEpochDay() - PG_EPOCH_DAY));
                }
                default -> text(v.toString());
            }
        }
    }

    private void text(String s) {
        int n = s.length();
        ensure(4 + 3 * n);
        int lengthAt = pos;
        pos += 4;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // not ASCII: let the JDK encode it (surrogate pairs included)
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                pos = lengthAt + 4;
                System.arraycopy(bytes, 0, buf, pos, bytes.length);
                pos += bytes.length;
                putInt(lengthAt, bytes.length);
                return;
            }
            buf[pos++] = (byte) c;
        }
        putInt(lengthAt, n);
    }

    /**
     * A {@code numeric} value: digits in base 10,000 aligned on the decimal point, the weight of the first digit, the
     * sign and the display scale. Amounts of up to 18 digits (all the registry holds) take a path without
     * allocation; anything larger goes through the driver's own encoder.
     */
    void numeric(BigDecimal d) {
        int scale = d.scale();
        if (scale >= 0 && scale <= 16 && d.precision() <= 18) {
            long unscaled = d.scaleByPowerOfTen(scale).longValue();
            int fractionGroups = (scale + 3) / 4;
            int pad = fractionGroups * 4 - scale;
            long abs = Math.abs(unscaled);
            if (abs <= Long.MAX_VALUE / TEN[pad]) {
                numeric(abs * TEN[pad], unscaled < 0, fractionGroups, scale);
                return;
            }
        }
        byte[] bytes = ByteConverter.numeric(d);
        ensure(4 + bytes.length);
        int32(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void numeric(long aligned, boolean negative, int fractionGroups, int scale) {
        short[] groups = new short[5]; // least significant first; 5 × 4 digits hold any long
        int n = 0;
        for (long v = aligned; v != 0; v /= 10_000) {
            groups[n++] = (short) (v % 10_000);
        }
        int weight = n - 1 - fractionGroups;
        int low = 0;
        while (low < n && groups[low] == 0) {
            low++; // trailing zero digits are not sent
        }
        int digits = n - low;
        if (digits == 0) {
            weight = 0;
        }
        ensure(12 + 2 * digits);
        int32(8 + 2 * digits);
        int16(digits);
        int16(weight);
        int16(negative && digits > 0 ? 0x4000 : 0);
        int16(scale);
        for (int i = n - 1; i >= low; i--) {
            int16(groups[i]);
        }
    }

    private void ensure(int bytes) {
        if (pos + bytes > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, pos + bytes));
        }
    }

    private void int16(int v) {
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    private void int32(int v) {
        putInt(pos, v);
        pos += 4;
    }

    private void putInt(int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }
}
