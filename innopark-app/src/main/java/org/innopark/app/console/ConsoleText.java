package org.innopark.app.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.registry.ContractType;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.Labelled;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.ParkLevel;
import org.innopark.engine.registry.PlatformType;
import org.innopark.engine.registry.ProjectStage;
import org.innopark.engine.registry.QualificationType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and code-list names as the pages show them, in the reader's language: {@code ${@text.money(v)}} in a
 * template. Money is shown in 亿元 or 万元 (the units of the bulletins); names of codes come from the engine's
 * code lists, which carry their Chinese and English names, so no name is written twice.
 */
@Component("text")
public class ConsoleText {

    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal WAN = new BigDecimal("10000");

    private static final Map<String, Class<? extends Enum<?>>> CODE_LISTS = Map.of(
            "qualification", QualificationType.class,
            "field", HighTechField.class,
            "level", Level.class,
            "parkLevel", ParkLevel.class,
            "carrier", CarrierType.class,
            "platform", PlatformType.class,
            "board", ListingBoard.class,
            "stage", ProjectStage.class,
            "contract", ContractType.class);

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** The name of a code of a code list ({@code qualification}, {@code field}, ...); the code itself if unknown. */
    public String label(String list, Object code) {
        if (code == null) {
            return "—";
        }
        if (code instanceof Labelled l) {
            return english() ? l.en() : l.zh();
        }
        Class<? extends Enum<?>> type = CODE_LISTS.get(list);
        if (type == null) {
            throw new IllegalArgumentException("unknown code list " + list);
        }
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equals(code.toString())) {
                Labelled l = (Labelled) e;
                return english() ? l.en() : l.zh();
            }
        }
        return code.toString();
    }

    /** A Chinese or English name, whichever the reader reads; the Chinese one when there is no English one. */
    public String name(String zh, String en) {
        return english() && en != null && !en.isBlank() ? en : zh;
    }

    /** Money in 亿元 (CNY 100 m), two decimals. */
    public String yi(BigDecimal yuan) {
        return yuan == null ? "—" : decimal(2).format(yuan.divide(YI, 2, RoundingMode.HALF_UP));
    }

    /** Money in 万元 (CNY 10 k), two decimals. */
    public String wan(BigDecimal yuan) {
        return yuan == null ? "—" : decimal(2).format(yuan.divide(WAN, 2, RoundingMode.HALF_UP));
    }

    /** A yuan amount as a plain number in 亿元 for a chart. */
    public double yiValue(BigDecimal yuan) {
        return yuan == null ? 0 : yuan.divide(YI, 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** A count or amount with thousands separators. */
    public String count(Number n) {
        return n == null ? "—" : decimal(0).format(n);
    }

    /** A number with the given decimals. */
    public String number(Number n, int decimals) {
        return n == null ? "—" : decimal(decimals).format(n);
    }

    /** A percentage with one decimal (the value is already in percent). */
    public String percent(Double p) {
        return p == null || p.isNaN() ? "—" : decimal(1).format(p) + "%";
    }

    /** The change from {@code before} to {@code now} in percent, signed; "—" when there is no base. */
    public String change(Number now, Number before) {
        Double c = changeValue(now, before);
        if (c == null) {
            return "—";
        }
        return (c > 0 ? "+" : "") + decimal(1).format(c) + "%";
    }

    /** The change in percent, or null without a base. */
    public Double changeValue(Number now, Number before) {
        if (now == null || before == null || before.doubleValue() == 0) {
            return null;
        }
        return (now.doubleValue() - before.doubleValue()) * 100 / Math.abs(before.doubleValue());
    }

    /** The CSS class of a change: {@code up}, {@code down} or none. */
    public String trend(Number now, Number before) {
        Double c = changeValue(now, before);
        return c == null || c == 0 ? "" : c > 0 ? "up" : "down";
    }

    /** DecimalFormat is not thread-safe and costly to build: one per thread and number of decimals. */
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> new DecimalFormat[5]);

    private static DecimalFormat decimal(int decimals) {
        DecimalFormat[] formats = FORMATS.get();
        int i = Math.max(0, Math.min(decimals, formats.length - 1));
        if (formats[i] == null) {
            formats[i] = new DecimalFormat(i == 0 ? "#,##0" : "#,##0." + "0".repeat(i));
            formats[i].setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(Locale.ROOT));
        }
        return formats[i];
    }
}
