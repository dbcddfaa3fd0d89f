package org.innopark.engine.ladder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.innopark.engine.registry.RegionCode;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleNode;

/**
 * The schemes the platform knows: every version of every scheme and every regional variant, read from YAML files and
 * validated when loaded. Picks the version in force on a date. Adding a scheme, a version or a regional override is
 * adding a file.
 *
 * <pre>
 * SchemeRegistry schemes = SchemeRegistry.official();              // the files shipped in the engine
 * SchemeRegistry local = SchemeRegistry.official().plus(Path.of("schemes"));  // plus a directory of files
 * Scheme hte = schemes.effective("high-tech", 2024).orElseThrow();
 * </pre>
 */
public final class SchemeRegistry {

    /** The classpath index of the shipped scheme files, one file name per line. */
    public static final String OFFICIAL_INDEX = "org/innopark/engine/ladder/schemes/index.txt";

    private final List<RuleNode> files;
    private final Map<String, List<Scheme>> byId = new TreeMap<>();

    private SchemeRegistry(List<RuleNode> files) {
        this.files = List.copyOf(files);
        List<RegionalOverride> overrides = new ArrayList<>();
        for (RuleNode f : files) {
            if (RegionalOverride.isOverride(f)) {
                overrides.add(RegionalOverride.read(f));
            } else {
                add(SchemeParser.parse(f), f);
            }
        }
        for (RegionalOverride override : overrides) {
            RuleNode o = override.file();
            List<Scheme> bases = byId.getOrDefault(override.baseId(), List.of()).stream()
                    .filter(override::appliesTo)
                    .toList();
            if (bases.isEmpty()) {
                throw o.require("base").error("no scheme " + override.describeBase() + " to override / 找不到要覆盖的基础方案");
            }
            boolean applied = false;
            for (Scheme base : bases) {
                Scheme variant = override.applyTo(base);
                if (variant != null) {
                    add(variant, o);
                    applied = true;
                }
            }
            if (!applied) {
                throw o.require("id").error("the override is in force on no day of its base scheme / 覆盖方案与基础方案的有效期不重叠");
            }
        }
    }

    private void add(Scheme s, RuleNode file) {
        List<Scheme> versions = byId.computeIfAbsent(s.id(), k -> new ArrayList<>());
        for (Scheme other : versions) {
            boolean sameBase = s.baseId().isEmpty() == other.baseId().isEmpty();
            if (sameBase && other.version().equals(s.version()) && s.baseId().isEmpty()) {
                throw file.require("version")
                        .error("scheme " + s.id() + " version " + s.version() + " is defined twice (also in "
                                + other.origin() + ") / 同一版本重复定义");
            }
            if (sameBase && overlaps(s, other)) {
                throw file.require("id")
                        .error("scheme " + s.id() + " version " + s.version()
                                + " is in force on the same days as version " + other.version() + " (" + other.origin()
                                + "); end one before the other starts / 两个版本的有效期重叠");
            }
        }
        versions.add(s);
        versions.sort(Comparator.comparing(Scheme::effectiveFrom));
    }

    private static boolean overlaps(Scheme a, Scheme b) {
        LocalDate aTo = a.effectiveTo().orElse(LocalDate.MAX);
        LocalDate bTo = b.effectiveTo().orElse(LocalDate.MAX);
        return !a.effectiveFrom().isAfter(bTo) && !b.effectiveFrom().isAfter(aTo);
    }

    /** The schemes shipped with the engine (listed in {@link #OFFICIAL_INDEX}). */
    public static SchemeRegistry official() {
        return new SchemeRegistry(readIndex(SchemeRegistry.class.getClassLoader(), OFFICIAL_INDEX));
    }

    /** The scheme files listed in a classpath index (file names relative to the index's folder). */
    public static SchemeRegistry fromClasspath(ClassLoader loader, String index) {
        return new SchemeRegistry(readIndex(loader, index));
    }

    /** Every {@code *.yaml} / {@code *.yml} file of a directory. */
    public static SchemeRegistry fromDirectory(Path directory) {
        return new SchemeRegistry(readDirectory(directory));
    }

    /** These schemes and the files of a directory (new schemes, new versions, regional overrides). */
    public SchemeRegistry plus(Path directory) {
        List<RuleNode> all = new ArrayList<>(files);
        all.addAll(readDirectory(directory));
        return new SchemeRegistry(all);
    }

    /** These schemes and one more file. */
    public SchemeRegistry plusFile(Path file) {
        List<RuleNode> all = new ArrayList<>(files);
        all.add(RuleNode.parse(file));
        return new SchemeRegistry(all);
    }

    /** Reads and validates a single scheme file on its own (not an override). */
    public static Scheme readScheme(Path file) {
        RuleNode root = RuleNode.parse(file);
        if (RegionalOverride.isOverride(root)) {
            throw root.require("base")
                    .error("a regional override needs its base scheme; load it into a registry / 覆盖文件需与基础方案一起加载");
        }
        return SchemeParser.parse(root);
    }

    private static List<RuleNode> readIndex(ClassLoader loader, String index) {
        InputStream in = loader.getResourceAsStream(index);
        if (in == null) {
            throw new RuleFileException(index, 0, 0, "no such resource / 找不到资源");
        }
        String folder = index.contains("/") ? index.substring(0, index.lastIndexOf('/') + 1) : "";
        List<RuleNode> nodes = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    nodes.add(RuleNode.parseResource(loader, folder + name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index, e);
        }
        return nodes;
    }

    private static List<RuleNode> readDirectory(Path directory) {
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .map(RuleNode::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** The ids of all schemes and regional variants. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** Every version of a scheme (or of a regional variant), oldest first. */
    public List<Scheme> versions(String id) {
        return List.copyOf(byId.getOrDefault(id, List.of()));
    }

    /** Every scheme version and variant. */
    public List<Scheme> all() {
        List<Scheme> all = new ArrayList<>();
        byId.values().forEach(all::addAll);
        return all;
    }

    public Optional<Scheme> version(String id, String version) {
        return byId.getOrDefault(id, List.of()).stream()
                .filter(s -> s.version().equals(version))
                .findFirst();
    }

    /** The version of a scheme in force on a day. */
    public Optional<Scheme> effective(String id, LocalDate day) {
        return byId.getOrDefault(id, List.of()).stream()
                .filter(s -> s.effectiveOn(day))
                .findFirst();
    }

    /** The version in force at the end of a data year. */
    public Optional<Scheme> effective(String id, int year) {
        return effective(id, LocalDate.of(year, 12, 31));
    }

    /**
     * The version in force on a day for an enterprise of a region: the regional variant of the base version whose
     * region code is the longest prefix of the enterprise's, or the base version when there is none.
     */
    public Optional<Scheme> effective(String id, LocalDate day, RegionCode region) {
        Optional<Scheme> base = effective(id, day);
        if (base.isEmpty() || region == null) {
            return base;
        }
        Scheme best = null;
        for (List<Scheme> variants : byId.values()) {
            for (Scheme v : variants) {
                if (v.baseId().map(id::equals).orElse(false)
                        && v.region().isPresent()
                        && v.effectiveOn(day)
                        && region.value().startsWith(v.region().get())
                        && (best == null
                                || v.region().get().length()
                                        > best.region().get().length())) {
                    best = v;
                }
            }
        }
        return best == null ? base : Optional.of(best);
    }

    /** Which scheme ids are regional variants of which base, for listings. */
    public Map<String, String> variants() {
        Map<String, String> out = new LinkedHashMap<>();
        all().forEach(s -> s.baseId().ifPresent(b -> out.put(s.id(), b)));
        return out;
    }
}
