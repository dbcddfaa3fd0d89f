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

    private PatentSample() {}

    static List<TaggingEvaluation.Labelled> all() {
        List<TaggingEvaluation.Labelled> out = new ArrayList<>();
        for (String f : FILES) {
            out.addAll(read("sample/" + f));
        }
        return out;
    }

    /** One labelled CSV of the test resources (the columns of the sample's files). */
    static List<TaggingEvaluation.Labelled> read(String resource) {
        try (var in = PatentSample.class.getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<TaggingEvaluation.Labelled> out = new ArrayList<>();
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split(",", -1);
                List<IpcSymbol> ipc =
                        Arrays.stream(c[2].split(";")).map(IpcSymbol::parse).toList();
                PatentRecord p = new PatentRecord(
                        c[0],
                        "",
                        "A",
                        LocalDate.parse(c[1]),
                        null,
                        null,
                        c[5],
                        c[6],
                        ipc.get(0),
                        ipc,
                        List.of(),
                        List.of(c[3]),
                        List.of(),
                        LegalStatus.PENDING,
                        List.of(),
                        "");
                Set<String> labels = new TreeSet<>();
                for (String l : c[4].split(";")) {
                    if (!l.isBlank()) {
                        labels.add(l.strip());
                    }
                }
                out.add(new TaggingEvaluation.Labelled(p, labels));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
