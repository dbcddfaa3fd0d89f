package org.innopark.engine.patent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The hand-labelled sample (test resources {@code patent/sample}, see its README): patents with their nodes. */
final class PatentSample {

    static final List<String> FILES = List.of("part1-battery.csv", "part2-photovoltaic.csv", "part3-mixed.csv");

    /**
     * Part 4: the six chains without rules when it was written (biomedicine, cosmetics and hyaluronic acid, integrated
     * circuits, medical devices, new materials, rail transit) and their near misses; not in {@link #all()}, which the
     * two-chain quality floors were set on.
     */
    static final List<String> PART4 = List.of(
            "part4-biomedicine.csv",
            "part4-cosmetics.csv",
            "part4-integrated-circuits.csv",
            "part4-medical-devices.csv",
            "part4-new-materials.csv",
            "part4-rail-transit.csv",
            "part4-near-misses.csv");

    static final int COLUMNS = 7;

    /** A line of a sample file as written: its columns (see the README) and where it is. */
    record Row(String file, int line, List<String> columns) {
        String column(int i) {
            return columns.get(i);
        }
    }

    private PatentSample() {}

    /** Parts 1–3: the two chains with rules when the sample was first written. */
    static List<TaggingEvaluation.Labelled> all() {
        return read(FILES);
    }

    static List<TaggingEvaluation.Labelled> part4() {
        return read(PART4);
    }

    static List<TaggingEvaluation.Labelled> read(List<String> files) {
        List<TaggingEvaluation.Labelled> out = new ArrayList<>();
        for (String f : files) {
            for (Row r : rows(f)) {
                out.add(labelled(r));
            }
        }
        return out;
    }

    /** A labelled CSV of this package's test resources outside the sample (same columns), e.g. a dev fixture. */
    static List<TaggingEvaluation.Labelled> fixture(String resource) {
        return resourceRows(resource).stream().map(PatentSample::labelled).toList();
    }

    /** The data lines of one file; a line without exactly {@link #COLUMNS} columns is an error naming it. */
    static List<Row> rows(String file) {
        return resourceRows("sample/" + file);
    }

    private static List<Row> resourceRows(String file) {
        try (var in = PatentSample.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no sample file " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> out = new ArrayList<>();
            String line = reader.readLine();
            int n = 1;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split(",", -1);
                if (c.length != COLUMNS) {
                    throw new IllegalStateException(
                            file + ":" + n + " has " + c.length + " columns, not " + COLUMNS + " (a ',' in the text?)");
                }
                out.add(new Row(file, n, List.of(c)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TaggingEvaluation.Labelled labelled(Row r) {
        List<IpcSymbol> ipc =
                Arrays.stream(r.column(2).split(";")).map(IpcSymbol::parse).toList();
        PatentRecord p = new PatentRecord(
                r.column(0),
                "",
                "A",
                LocalDate.parse(r.column(1)),
                null,
                null,
                r.column(5),
                r.column(6),
                ipc.get(0),
                ipc,
                List.of(),
                List.of(r.column(3)),
                List.of(),
                LegalStatus.PENDING,
                List.of(),
                "");
        Set<String> labels = new TreeSet<>();
        for (String l : r.column(4).split(";")) {
            if (!l.isBlank()) {
                labels.add(l.strip());
            }
        }
        return new TaggingEvaluation.Labelled(p, labels);
    }
}
