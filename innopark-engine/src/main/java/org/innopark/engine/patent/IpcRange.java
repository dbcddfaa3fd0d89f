package org.innopark.engine.patent;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of IPC symbols named in a rule: a subclass ({@code H01M}: all its groups), a main group ({@code H01M 10/00}
 * or {@code H01M 10}: all its subgroups), or a subgroup ({@code H01M 4/58}: the subgroup and the subgroups whose
 * digits extend it, 4/582, 4/5825, as search practice truncates). It covers a symbol when its canonical prefix
 * starts the symbol's 14-character form. Where that digit convention would reach too far (H01M 4/58 would take in
 * 4/583 and 4/587, the carbon anodes), {@code =H01M 4/58} names the one subgroup exactly.
 *
 * @param written the range as the rule writes it, normalised ({@code H01M 4/58})
 * @param prefix the prefix of the 14-character form ({@code H01M000458})
 */
public record IpcRange(String written, String prefix) {

    private static final Pattern RANGE = Pattern.compile("([A-H]\\d{2}[A-Z])(?:(\\d{1,4})(?:/(\\d{2,6}))?)?");

    /** Reads a range; anything else is an error saying what is valid. */
    public static IpcRange parse(String text) {
        String s = IpcSymbol.compact(text);
        if (s.startsWith("=")) {
            IpcSymbol exact = IpcSymbol.parse(s.substring(1));
            return new IpcRange("=" + exact, exact.canonical());
        }
        Matcher m = RANGE.matcher(s);
        if (!m.matches() || (m.group(2) != null && Integer.parseInt(m.group(2)) == 0)) {
            throw new IllegalArgumentException("'" + (text == null ? "" : text.strip()) + "' is not an IPC range:"
                    + " valid are a subclass (H01M), a main group (H01M 10/00 or H01M 10) a subgroup (H01M 4/58) or one subgroup exactly (=H01M 4/58) /"
                    + " 不是有效的IPC范围(小类、大组或小组)");
        }
        if (m.group(2) == null) {
            return new IpcRange(m.group(1), m.group(1));
        }
        int main = Integer.parseInt(m.group(2));
        String group = String.format(Locale.ROOT, "%04d", main);
        String sub = m.group(3);
        if (sub == null || sub.matches("0+")) {
            return new IpcRange(m.group(1) + " " + main + "/00", m.group(1) + group);
        }
        return new IpcRange(m.group(1) + " " + main + "/" + sub, m.group(1) + group + sub);
    }

    public boolean covers(IpcSymbol symbol) {
        return symbol.canonical().startsWith(prefix);
    }

    @Override
    public String toString() {
        return written;
    }
}
