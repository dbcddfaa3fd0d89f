package org.innopark.engine.chain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.innopark.engine.rules.RuleFileException;

/**
 * The chains and reference lists in force: the built-in files (listed in {@code chains/index.txt} and
 * {@code reference/index.txt}) and a park's own files ({@code *.yaml} in a directory). A park's file may not reuse
 * the id of another file.
 */
public final class ChainLibrary {

    private final Map<String, IndustryChain> chains;

    private ChainLibrary(Map<String, IndustryChain> chains) {
        this.chains = chains;
    }

    /** The built-in chains and reference lists. */
    public static ChainLibrary builtIn() {
        return withFiles(List.of());
    }

    /** The built-in files and the chain files of a directory (every {@code *.yaml}, in name order). */
    public static ChainLibrary withDirectory(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return builtIn();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return withFiles(files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** The built-in files and the given chain files. */
    public static ChainLibrary withFiles(List<Path> files) {
        Map<String, IndustryChain> all = new LinkedHashMap<>();
        for (String folder : List.of("chains", "reference")) {
            for (String name : index(folder)) {
                add(all, ChainLoader.resource("org/innopark/engine/chain/" + folder + "/" + name));
            }
        }
        for (Path file : files) {
            add(all, ChainLoader.load(file));
        }
        return new ChainLibrary(all);
    }

    private static void add(Map<String, IndustryChain> all, IndustryChain chain) {
        IndustryChain before = all.putIfAbsent(chain.id(), chain);
        if (before != null) {
            throw new RuleFileException(
                    chain.header().file(),
                    1,
                    0,
                    "id: the chain id '" + chain.id() + "' is already used by "
                            + before.header().file() + " / 产业链 id 重复");
        }
    }

    private static List<String> index(String folder) {
        String resource = "org/innopark/engine/chain/" + folder + "/index.txt";
        try (var in = ChainLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> names = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every chain and reference list, built-in first. */
    public List<IndustryChain> all() {
        return List.copyOf(chains.values());
    }

    /** The chains (with edges), not the reference lists. */
    public List<IndustryChain> chains() {
        return chains.values().stream()
                .filter(c -> c.kind() == IndustryChain.Kind.CHAIN)
                .toList();
    }

    public Optional<IndustryChain> find(String id) {
        return Optional.ofNullable(chains.get(id));
    }

    /** The chain of the id, or an error listing the ids there are. */
    public IndustryChain get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "未知的产业链 '" + id + "', 可用: " + String.join(", ", chains.keySet()) + " / unknown chain '" + id + "'"));
    }
}
