package org.innopark.engine.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 国民经济行业分类 GB/T 4754-2017 as one table of data ({@code gbt4754-2017.tsv}): every 门类 (section letter), 大类 (2
 * digits), 中类 (3) and 小类 (4) with its official name, in the standard's order. A section row also carries the
 * confidence of its rows and the sources it was checked against; a row may override that confidence in a third column. Loading checks the hierarchy (each 大类 follows its
 * 门类 row, each 中类 has its 大类, each 小类 its 中类), the forms of the codes, names present and codes listed once, and
 * names file:line on any fault.
 */
public final class IndustryClassification {

    /** The table's file name, beside this class. */
    public static final String FILE = "gbt4754-2017.tsv";

    private static final IndustryClassification TABLE = load(FILE);

    private final Map<String, String> names;
    private final Map<String, String> sectionOfDivision;
    private final Map<String, String> confidence;

    private IndustryClassification(
            Map<String, String> names, Map<String, String> sectionOfDivision, Map<String, String> confidence) {
        this.names = Collections.unmodifiableMap(names);
        this.sectionOfDivision = Collections.unmodifiableMap(sectionOfDivision);
        this.confidence = Collections.unmodifiableMap(confidence);
    }

    /** The official name of a section letter or a code of 2 to 4 digits, when the standard has it. */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : TABLE.names.get(code));
    }

    /** The section letter (门类) of a listed 大类. */
    public static Optional<String> section(String division) {
        return Optional.ofNullable(TABLE.sectionOfDivision.get(division));
    }

    /** Every section letter and code with its name, in the standard's order. */
    public static Map<String, String> all() {
        return TABLE.names;
    }

    /** Every code of one level — 1 (门类 letters), 2 (大类), 3 (中类) or 4 (小类) characters — with its name, in order. */
    public static Map<String, String> level(int length) {
        Map<String, String> level = new LinkedHashMap<>();
        TABLE.names.forEach((code, name) -> {
            if (code.length() == length) {
                level.put(code, name);
            }
        });
        return Collections.unmodifiableMap(level);
    }

    /**
     * The confidence ({@code confirmed} or {@code partial}) of a listed code's name: its own when the file states one,
     * else its section's.
     */
    public static Optional<String> confidence(String code) {
        return TABLE.confidenceOf(code);
    }

    Optional<String> confidenceOf(String code) {
        if (code == null || !names.containsKey(code)) {
            return Optional.empty();
        }
        String own = confidence.get(code);
        if (own != null) {
            return Optional.of(own);
        }
        String section = code.matches("[A-T]") ? code : sectionOfDivision.get(code.substring(0, 2));
        return Optional.of(confidence.get(section));
    }

    static IndustryClassification load(String file) {
        try (var in = IndustryClassification.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            return parse(
                    file,
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                            .lines()
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndustryClassification parse(String file, List<String> lines) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> sectionOfDivision = new LinkedHashMap<>();
        Map<String, String> confidence = new LinkedHashMap<>();
        String section = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] cols = line.split("\t", -1);
            String code = cols[0].strip();
            String name = cols.length > 1 ? cols[1].strip() : "";
            if (name.isEmpty()) {
                throw new IllegalStateException(where + "expected 'code<TAB>name', the name is missing");
            }
            if (names.containsKey(code)) {
                throw new IllegalStateException(where + "code " + code + " is listed twice");
            }
            String stated = cols.length > 2 ? cols[2].strip() : "";
            if (!stated.isEmpty() && !stated.matches("confirmed|partial")) {
                throw new IllegalStateException(where + "confidence '" + stated + "': valid are confirmed, partial");
            }
            if (!stated.isEmpty()) {
                confidence.put(code, stated);
            }
            if (code.matches("[A-T]")) {
                if (stated.isEmpty()) {
                    throw new IllegalStateException(
                            where + "a section row is 'letter<TAB>name<TAB>confirmed|partial<TAB>sources'");
                }
                section = code;
            } else if (code.matches("\\d{2}")) {
                if (section == null) {
                    throw new IllegalStateException(where + "division " + code + " comes before any section row");
                }
                sectionOfDivision.put(code, section);
            } else if (code.matches("\\d{3,4}")) {
                String parent = code.substring(0, code.length() - 1);
                if (!names.containsKey(parent)) {
                    throw new IllegalStateException(
                            where + code + " has no " + (code.length() == 3 ? "大类 " : "中类 ") + parent + " above it");
                }
            } else {
                throw new IllegalStateException(
                        where + "'" + code + "' is neither a section letter A-T nor a code of 2 to 4 digits");
            }
            names.put(code, name);
        }
        return new IndustryClassification(names, sectionOfDivision, confidence);
    }
}
