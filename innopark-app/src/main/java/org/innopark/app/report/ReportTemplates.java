package org.innopark.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.innopark.engine.report.ReportTemplate;
import org.innopark.engine.report.ReportTemplateLoader;

/**
 * The report templates: the built-in ones (resources {@code org/innopark/app/report/templates}), replaced or
 * extended by a park's own files: {@code <data-dir>/report-templates/<id>.yaml} for every park and
 * {@code <data-dir>/report-templates/<PARK>/<id>.yaml} for one park (that one wins). A file is read when asked for,
 * so an edited template takes effect on the next report.
 */
public final class ReportTemplates {

    /** The built-in templates, in the order the console offers them. */
    public static final List<String> BUILT_IN = List.of(
            "annual-bulletin",
            "monthly-briefing",
            "monitoring-monthly",
            "chain-investment",
            "patent-navigation",
            "incubation-annual",
            "technology-transfer",
            "ladder-annual",
            "points-top100",
            "innovation-index");

    private static final String RESOURCE_DIR = "/org/innopark/app/report/templates/";
    private static final String ID = "[a-z0-9][a-z0-9-]{0,63}";

    private final Path overrides;

    /** @param overrides the directory of parks' own templates (it need not exist), or null for none */
    public ReportTemplates(Path overrides) {
        this.overrides = overrides;
    }

    /** The ids of the templates a park can use: the built-in ones, then its own and the shared ones by name. */
    public List<String> ids(String park) {
        List<String> ids = new ArrayList<>(BUILT_IN);
        for (Path dir : dirs(park)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".yaml"))
                        .map(n -> n.substring(0, n.length() - ".yaml".length()))
                        .filter(id -> id.matches(ID) && !ids.contains(id))
                        .sorted()
                        .forEach(ids::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }

    /** Every template the park can use, by id. */
    public Map<String, ReportTemplate> all(String park) {
        Map<String, ReportTemplate> out = new LinkedHashMap<>();
        for (String id : ids(park)) {
            load(park, id).ifPresent(t -> out.put(id, t));
        }
        return out;
    }

    /**
     * The template for a park; empty when there is none of that id. An id that is not a plain name (letters,
     * digits and '-') is none: ids come from requests and must never name a path.
     *
     * @throws org.innopark.engine.rules.RuleFileException when the file is invalid, naming its line
     */
    public Optional<ReportTemplate> load(String park, String id) {
        if (id == null || !id.matches(ID)) {
            return Optional.empty();
        }
        List<Path> dirs = dirs(park);
        for (int i = dirs.size() - 1; i >= 0; i--) {
            Path file = dirs.get(i).resolve(id + ".yaml");
            if (Files.isRegularFile(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return Optional.of(ReportTemplateLoader.parse(file.toString(), r, ReportIndicators.vocabulary()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (!BUILT_IN.contains(id)) {
            return Optional.empty();
        }
        try (InputStream in = ReportTemplates.class.getResourceAsStream(RESOURCE_DIR + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("built-in report template missing from the jar: " + id);
            }
            return Optional.of(ReportTemplateLoader.parse(
                    id + ".yaml", new InputStreamReader(in, StandardCharsets.UTF_8), ReportIndicators.vocabulary()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The override directories that exist, shared first, then the park's own. */
    private List<Path> dirs(String park) {
        List<Path> dirs = new ArrayList<>();
        if (overrides != null && Files.isDirectory(overrides)) {
            dirs.add(overrides);
            if (park != null && park.matches("[A-Za-z0-9_-]+")) {
                Path own = overrides.resolve(park.toUpperCase(Locale.ROOT));
                if (Files.isDirectory(own)) {
                    dirs.add(own);
                }
            }
        }
        return dirs;
    }
}
