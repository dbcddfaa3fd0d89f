package org.innopark.app.ladder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.rules.Confidence;

/**
 * The 《产业结构调整指导目录》 (current edition: 2024) as a versioned code list: the sectors with 限制类 or 淘汰类
 * entries by GB/T 4754 industry code prefix and product keywords, each with its confidence (file
 * {@value #FILE}).
 */
final class IndustryCatalogue {

    static final String FILE = "industry-catalogue-2024.tsv";

    /** One sector of the catalogue. */
    record Entry(
            String edition,
            String category,
            List<String> industryPrefixes,
            List<String> keywords,
            String item,
            Confidence confidence) {}

    /** What the catalogue says of an enterprise: listed (with the entry), not listed, or to be checked. */
    record Match(Boolean restricted, Entry entry, String keyword) {}

    private final List<Entry> entries;

    private IndustryCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    static IndustryCatalogue official() {
        try (InputStream in = IndustryCatalogue.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            return parse(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndustryCatalogue parse(InputStream in, String file) throws IOException {
        List<Entry> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalStateException(
                        file + ":" + number + ": expected 6 tab-separated fields, found " + f.length);
            }
            List<String> prefixes = split(f[2]);
            for (String p : prefixes) {
                if (!p.matches("\\d{2,4}")) {
                    throw new IllegalStateException(file + ":" + number + ": bad industry code '" + p + "'");
                }
            }
            out.add(new Entry(
                    f[0].strip(),
                    f[1].strip(),
                    prefixes,
                    split(f[3]),
                    f[4].strip(),
                    Confidence.valueOf(f[5].strip().toUpperCase(Locale.ROOT))));
        }
        return new IndustryCatalogue(out);
    }

    /**
     * Looks an enterprise up: unknown (empty) without an industry code; not restricted when its code matches no
     * sector; restricted when it matches a sector and its name holds one of the sector's keywords; otherwise a match
     * with {@code restricted == null}: its products need checking.
     */
    Optional<Match> lookUp(IndustryCode industry, String name) {
        if (industry == null) {
            return Optional.empty();
        }
        String digits = industry.value().replaceAll("[^0-9]", "");
        for (Entry e : entries) {
            for (String prefix : e.industryPrefixes()) {
                if (digits.startsWith(prefix)) {
                    for (String k : e.keywords()) {
                        if (name != null && name.contains(k)) {
                            return Optional.of(new Match(true, e, k));
                        }
                    }
                    return Optional.of(new Match(null, e, null));
                }
            }
        }
        return Optional.of(new Match(false, null, null));
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
