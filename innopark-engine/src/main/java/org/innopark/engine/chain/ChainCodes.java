package org.innopark.engine.chain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innopark.engine.registry.IndustryClassification;

/**
 * The code lists a chain file is checked against, kept as versioned data: every 大类/中类/小类 of GB/T 4754-2017 (the
 * registry's {@link IndustryClassification}, {@code registry/gbt4754-2017.tsv}) and the IPC subclasses beside the
 * chains ({@code ipc-subclasses.tsv}).
 */
public final class ChainCodes {

    static final String INDUSTRY_FILE = "registry/" + IndustryClassification.FILE;
    static final String IPC_FILE = "ipc-subclasses.tsv";

    private static final Pattern IPC = Pattern.compile("([A-H]\\d{2}[A-Z])(\\s*\\d{1,4}/\\d{1,6})?");

    private static final Map<String, String> INDUSTRIES = classes();
    private static final Map<String, String> IPC_SUBCLASSES = load(IPC_FILE);

    private ChainCodes() {}

    /** The name of an industry code of 2 to 4 digits, if the standard (as listed) has it. */
    public static Optional<String> industryName(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return code.matches("\\d{2,4}") ? IndustryClassification.name(code) : Optional.empty();
    }

    /** The subclass of an IPC symbol (H01M, H01M 10/0525, H01M10/0525) when it is well formed and listed. */
    public static Optional<String> ipcSubclass(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        Matcher m = IPC.matcher(symbol.strip().toUpperCase(Locale.ROOT));
        if (!m.matches() || !IPC_SUBCLASSES.containsKey(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /** The title of a listed IPC subclass. */
    public static Optional<String> ipcTitle(String subclass) {
        return Optional.ofNullable(IPC_SUBCLASSES.get(subclass));
    }

    /** Every 中类 and 小类 of the standard with its name, in the standard's order. */
    public static Map<String, String> industryClasses() {
        return INDUSTRIES;
    }

    private static Map<String, String> classes() {
        Map<String, String> classes = new LinkedHashMap<>();
        IndustryClassification.all().forEach((code, name) -> {
            if (code.length() >= 3) {
                classes.put(code, name);
            }
        });
        return Collections.unmodifiableMap(classes);
    }

    private static Map<String, String> load(String file) {
        Map<String, String> map = new LinkedHashMap<>();
        try (var in = ChainCodes.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2 || map.put(cols[0].strip(), cols[1].strip()) != null) {
                    throw new IllegalStateException(file + ":" + n + ": expected 'code<TAB>name', once per code");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
