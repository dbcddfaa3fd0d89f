package org.innopark.engine.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.chain.ChainCodes;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.patent.IpcSymbol;

/**
 * The phrases demo patents are written from ({@code patent-vocabulary.tsv}): per chain node its IPC groups, the
 * objects claimed, devices, technical means and effects; the universities and institutes filing in each chain; and
 * topics for enterprises on no chain node, by industry. Checked when loaded: every symbol parses, its subclass is in
 * the IPC list of the chain files, a node exists in its chain and has a main symbol within its own IPC classes; an
 * error names the line.
 */
final class PatentVocabulary {

    static final String FILE = "patent-vocabulary.tsv";

    /**
     * One topic: a chain node's (chain and node set), or a general one (chain null).
     *
     * @param main the symbols a patent's main IPC is drawn from (the node's own classes, not marked '+')
     * @param extra the other symbols, added as further classifications
     */
    record Topic(
            String chainId,
            String nodeId,
            String field,
            List<IpcSymbol> main,
            List<IpcSymbol> extra,
            List<String> objects,
            List<String> devices,
            List<String> means,
            List<String> effects) {}

    /** A general topic and the industry-code prefixes it serves. */
    record General(Topic topic, List<String> prefixes) {}

    private final Map<String, Topic> nodes = new LinkedHashMap<>();
    private final Map<String, List<String>> institutes = new LinkedHashMap<>();
    private final List<General> general = new ArrayList<>();

    private static PatentVocabulary builtIn;

    static synchronized PatentVocabulary builtIn() {
        if (builtIn == null) {
            builtIn = new PatentVocabulary(ChainLibrary.builtIn());
        }
        return builtIn;
    }

    PatentVocabulary(ChainLibrary chains) {
        try (var in = PatentVocabulary.class.getResourceAsStream(FILE);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = reader.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                try {
                    read(chains, c);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(FILE + ":" + no + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (general.isEmpty()) {
            throw new IllegalStateException(FILE + ": no general topic (the default for firms on no chain node)");
        }
    }

    private void read(ChainLibrary chains, String[] c) {
        switch (c[0]) {
            case "node" -> {
                expect(c, 8);
                IndustryChain chain =
                        chains.find(c[1]).orElseThrow(() -> new IllegalArgumentException("no chain '" + c[1] + "'"));
                ChainNode node = chain.node(c[2])
                        .orElseThrow(() -> new IllegalArgumentException("no node '" + c[2] + "' in " + c[1]));
                List<String> own =
                        node.ipc().stream().map(m -> m.code().substring(0, 4)).toList();
                Topic t = topic(c[1], c[2], node.name(), c[3], own, c, 4);
                nodes.put(c[1] + "/" + c[2], t);
            }
            case "general" -> {
                expect(c, 8);
                Topic t = topic(null, c[1], null, c[3], null, c, 4);
                general.add(new General(t, split(c[2], ";")));
            }
            case "institutes" -> {
                expect(c, 3);
                chains.find(c[1]).orElseThrow(() -> new IllegalArgumentException("no chain '" + c[1] + "'"));
                institutes.put(c[1], split(c[2], "、"));
            }
            default ->
                throw new IllegalArgumentException(
                        "unknown row kind '" + c[0] + "': valid are node, general, institutes");
        }
    }

    private static Topic topic(
            String chain, String id, String field, String ipc, List<String> own, String[] c, int from) {
        List<IpcSymbol> main = new ArrayList<>();
        List<IpcSymbol> extra = new ArrayList<>();
        for (String s : split(ipc, ";")) {
            boolean additional = s.startsWith("+");
            IpcSymbol symbol = IpcSymbol.parse(additional ? s.substring(1) : s);
            if (ChainCodes.ipcTitle(symbol.subclass()).isEmpty()) {
                throw new IllegalArgumentException(
                        "IPC subclass " + symbol.subclass() + " is not in the chain files' IPC list");
            }
            boolean ownClass = own == null || own.contains(symbol.subclass());
            (additional || !ownClass ? extra : main).add(symbol);
        }
        if (main.isEmpty()) {
            throw new IllegalArgumentException("'" + id + "' has no main IPC symbol within its own classes " + own);
        }
        return new Topic(
                chain,
                id,
                field,
                main,
                extra,
                split(c[from], "、"),
                split(c[from + 1], "、"),
                split(c[from + 2], "、"),
                split(c[from + 3], "、"));
    }

    private static void expect(String[] c, int n) {
        if (c.length != n) {
            throw new IllegalArgumentException("a '" + c[0] + "' row has " + n + " columns, this one " + c.length);
        }
        for (String s : c) {
            if (s.isBlank()) {
                throw new IllegalArgumentException("an empty column");
            }
        }
    }

    private static List<String> split(String s, String separator) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(separator)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return List.copyOf(out);
    }

    /** The topic of a chain node, or null when the vocabulary has none (a node of trade or services). */
    Topic node(String chainId, String nodeId) {
        return nodes.get(chainId + "/" + nodeId);
    }

    List<Topic> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The general topic of an industry code: the first whose prefix starts it, else the last one. */
    Topic general(String industry) {
        for (General g : general) {
            for (String p : g.prefixes()) {
                if (industry != null && industry.startsWith(p)) {
                    return g.topic();
                }
            }
        }
        return general.get(general.size() - 1).topic();
    }

    /** The universities and institutes of a chain; every chain's for a general topic. */
    List<String> institutes(String chainId) {
        if (chainId != null && institutes.containsKey(chainId)) {
            return institutes.get(chainId);
        }
        List<String> all = new ArrayList<>();
        institutes.values().forEach(all::addAll);
        return all;
    }

    /** The chains that have institutes listed. */
    List<String> instituteChains() {
        return List.copyOf(institutes.keySet());
    }
}
