package org.innopark.app.ladder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.innopark.engine.ladder.SchemeRegistry;
import org.innopark.engine.registry.CreditRecordType;
import org.innopark.engine.registry.IncidentLevel;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.rules.Confidence;

/**
 * The one place that says which dates count for a scheme's external fact and where its value comes from: the rows
 * of {@code fact-windows.tsv} (each with its source and confidence), checked at start-up against the official
 * schemes so that a row naming an unknown scheme, fact, record type or level stops loading with the file's line.
 *
 * <p>A window is a span of years relative to the data year Y: from 1 January of Y+{@code from} to 31 December of
 * Y+{@code to}. The register can say "no record" only over dates a park declared complete; when a window reaches
 * past the last day a register is complete through (a filing year not yet over), it is checked up to that day,
 * provided the data year itself is covered, and the basis says "截至" that day.
 */
final class FactWindows {

    static final String FILE = "fact-windows.tsv";

    /** How a fact is derived. */
    enum Derivation {
        RECORDS,
        PLATFORMS,
        REPORTS,
        AWARDS,
        CATALOGUE
    }

    /** Whether a record anywhere in the window counts, or only a listing in force on the last day checked. */
    enum Check {
        ANY,
        AT_END
    }

    /** One row: a scheme's fact, how it is derived and over which years. */
    record Window(
            String schemeId,
            String factId,
            Derivation derivation,
            Set<CreditRecordType> recordTypes,
            IncidentLevel minLevel,
            Level platformLevel,
            ReportField field,
            int from,
            int to,
            Check check,
            Confidence confidence,
            String source) {

        /** The first day of the window for a data year. */
        LocalDate start(int year) {
            return LocalDate.of(year + from, 1, 1);
        }

        /** The last day of the window for a data year. */
        LocalDate end(int year) {
            return LocalDate.of(year + to, 12, 31);
        }
    }

    private final List<Window> windows;

    private FactWindows(List<Window> windows) {
        this.windows = List.copyOf(windows);
    }

    List<Window> all() {
        return windows;
    }

    /** The official file, checked against the official schemes. */
    static FactWindows official(SchemeRegistry schemes) {
        try (InputStream in = FactWindows.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            return parse(in, FILE, schemes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FactWindows parse(InputStream in, String file, SchemeRegistry schemes) throws IOException {
        List<Window> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 10) {
                throw error(file, number, "expected 10 tab-separated fields, found " + f.length);
            }
            try {
                out.add(window(f, schemes));
            } catch (IllegalArgumentException e) {
                throw error(file, number, e.getMessage());
            }
        }
        return new FactWindows(out);
    }

    private static Window window(String[] f, SchemeRegistry schemes) {
        String scheme = f[0].strip();
        String fact = f[1].strip();
        if (schemes.versions(scheme).isEmpty()) {
            throw new IllegalArgumentException("unknown scheme '" + scheme + "'");
        }
        boolean defined =
                schemes.versions(scheme).stream().anyMatch(s -> s.fact(fact).isPresent());
        if (!defined) {
            throw new IllegalArgumentException("scheme '" + scheme + "' has no fact '" + fact + "'");
        }
        Derivation derivation = Derivation.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
        String parameter = f[3].strip();
        Set<CreditRecordType> types = EnumSet.noneOf(CreditRecordType.class);
        Level platformLevel = null;
        ReportField field = null;
        switch (derivation) {
            case RECORDS -> {
                for (String t : parameter.split(",")) {
                    types.add(CreditRecordType.valueOf(t.strip()));
                }
            }
            case PLATFORMS -> platformLevel = Level.valueOf(parameter);
            case REPORTS, AWARDS -> {
                field = ReportField.find(parameter);
                if (field == null) {
                    throw new IllegalArgumentException("unknown report field '" + parameter + "'");
                }
            }
            case CATALOGUE -> {
                if (!parameter.equals(IndustryCatalogue.FILE)) {
                    throw new IllegalArgumentException("unknown code list '" + parameter + "'");
                }
            }
        }
        String level = f[4].strip();
        IncidentLevel minLevel = level.equals("-") ? null : IncidentLevel.valueOf(level);
        int from = Integer.parseInt(f[5].strip());
        int to = Integer.parseInt(f[6].strip());
        if (to < from) {
            throw new IllegalArgumentException("window ends (" + to + ") before it starts (" + from + ")");
        }
        Check check = Check.valueOf(f[7].strip().replace('-', '_').toUpperCase(Locale.ROOT));
        Confidence confidence = Confidence.valueOf(f[8].strip().toUpperCase(Locale.ROOT));
        String source = f[9].strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("a source is required");
        }
        return new Window(
                scheme, fact, derivation, types, minLevel, platformLevel, field, from, to, check, confidence, source);
    }

    private static IllegalStateException error(String file, int line, String message) {
        return new IllegalStateException(file + ":" + line + ": " + message);
    }
}
