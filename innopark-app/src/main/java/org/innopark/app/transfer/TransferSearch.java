package org.innopark.app.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.innopark.engine.transfer.BgeEmbedder;
import org.innopark.engine.transfer.DomainAnalyzer;
import org.innopark.engine.transfer.Embedder;
import org.innopark.engine.transfer.EnterpriseFinder;
import org.innopark.engine.transfer.IndustryAffinity;
import org.innopark.engine.transfer.Match;
import org.innopark.engine.transfer.MatchingSettings;
import org.innopark.engine.transfer.ObjectType;
import org.innopark.engine.transfer.ResearchInstrument;
import org.innopark.engine.transfer.ResearchResult;
import org.innopark.engine.transfer.TechnologyDemand;
import org.innopark.engine.transfer.TransferExpert;
import org.innopark.engine.transfer.TransferIndex;
import org.innopark.engine.transfer.TransferItem;
import org.innopark.engine.transfer.TransferMatcher;
import org.innopark.engine.transfer.TransferMatcher.Method;
import org.innopark.engine.transfer.Vocabulary;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The matching index of the registry's results, experts and instruments: a Lucene index on disk under the data
 * directory ({@code <data-dir>/transfer-index}; {@code innopark.transfer.index-dir=memory} keeps it in memory), with
 * the domain analyzer whose mined words are kept beside it ({@value #WORDS}) so that a restart analyses as the build
 * did, and with bge-small-zh-v1.5 vectors unless {@code innopark.transfer.dense=false}. The index is opened on first
 * use, built from the database when missing or built with the other dense setting; imports add to it; {@link
 * #reindex} rebuilds it. The dense model is loaded once, when first needed. Each object carries its park's scope and,
 * when shared, the shared scope: a park's search sees its own objects and the ones other parks share.
 */
@Service
public class TransferSearch implements DisposableBean {

    static final String WORDS = "analyzer-words.txt";
    static final String MARKER = "index-settings.txt";
    static final String SHARED = "shared";

    /** One object found, with why; {@code unit} is its holder, unit or owner. */
    public record Found(
            ObjectType type,
            String park,
            String id,
            String label,
            String unit,
            int rank,
            double score,
            Map<String, List<String>> sharedTerms,
            Double similarity,
            int bm25Rank,
            int denseRank,
            String stage,
            String reason) {}

    /** An enterprise found for a result, by its demands and industry. */
    public record Candidate(
            String enterprise,
            String creditCode,
            String industry,
            boolean industryFits,
            double score,
            List<String> demandIds,
            String reason) {}

    private final TransferRegistry registry;
    private final String directory;
    private final boolean dense;
    private final Vocabulary vocabulary = Vocabulary.builtIn();
    private final MatchingSettings settings = MatchingSettings.builtIn();
    private final IndustryAffinity affinity = IndustryAffinity.builtIn();
    private Embedder embedder;
    private Directory dir;
    private TransferMatcher matcher;
    private final Map<String, EnterpriseFinder> finders = new HashMap<>();

    TransferSearch(
            TransferRegistry registry,
            @Value("${innopark.transfer.index-dir:${innopark.data-dir:./data}/transfer-index}") String directory,
            @Value("${innopark.transfer.dense:true}") boolean dense) {
        this.registry = registry;
        this.directory = directory;
        this.dense = dense;
    }

    /** Whether the dense model takes part (hybrid ranking), else BM25 only. */
    public boolean dense() {
        return dense;
    }

    public Method method() {
        return dense ? Method.HYBRID : Method.BM25;
    }

    private Embedder embedder() {
        if (dense && embedder == null) {
            embedder = new BgeEmbedder(settings.queryInstruction());
        }
        return dense ? embedder : null;
    }

    private String marker() {
        return "vectors=" + (dense ? "bge-small-zh-v1.5" : "none") + "\nvocabulary="
                + vocabulary.header().version() + "\nsettings="
                + settings.header().version() + "\n";
    }

    private boolean inMemory() {
        return "memory".equals(directory);
    }

    private synchronized TransferMatcher matcher() {
        if (matcher == null) {
            try {
                Path path = inMemory() ? null : Path.of(directory);
                boolean usable = !inMemory()
                        && Files.isRegularFile(path.resolve(WORDS))
                        && Files.isRegularFile(path.resolve(MARKER))
                        && Files.readString(path.resolve(MARKER)).equals(marker());
                if (usable) {
                    dir = FSDirectory.open(path);
                    usable = DirectoryReader.indexExists(dir);
                }
                if (!usable) {
                    rebuild();
                } else {
                    List<String> words = Files.readAllLines(path.resolve(WORDS), StandardCharsets.UTF_8);
                    open(new DomainAnalyzer(vocabulary, words));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot open the transfer index " + directory + ": " + e.getMessage(), e);
            }
        }
        return matcher;
    }

    private void open(DomainAnalyzer analyzer) {
        matcher = new TransferMatcher(new TransferIndex(dir, analyzer, true, settings, embedder()), settings);
    }

    /** Rebuilds the whole index from the database, mining the words of the analyzer anew. */
    private void rebuild() throws IOException {
        closeIndex();
        Map<ObjectType, List<Indexed>> all = everything(null);
        List<TransferItem> items = new ArrayList<>();
        all.values().forEach(list -> list.forEach(i -> items.add(i.item())));
        DomainAnalyzer analyzer = TransferMatcher.analyzer(items, vocabulary, settings);
        if (inMemory()) {
            dir = new ByteBuffersDirectory();
        } else {
            Path path = Path.of(directory);
            Files.createDirectories(path);
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.write(path.resolve(WORDS), new TreeSet<>(analyzer.words()), StandardCharsets.UTF_8);
            dir = FSDirectory.open(path);
        }
        open(analyzer);
        all.values().forEach(this::put);
        if (!inMemory()) {
            Files.writeString(Path.of(directory).resolve(MARKER), marker());
        }
    }

    /** An object with its park and whether it is shared: what the index stores for it. */
    record Indexed(String park, boolean shared, TransferItem local) {
        TransferItem item() {
            return new TransferItem(
                    local.type(), park + "/" + local.id(), local.label(), local.fields(), local.stage());
        }
    }

    private void put(List<Indexed> objects) {
        Map<String, Indexed> byKey = new HashMap<>();
        List<TransferItem> items = new ArrayList<>();
        for (Indexed o : objects) {
            TransferItem item = o.item();
            byKey.put(item.id(), o);
            items.add(item);
        }
        matcher.index().put(items, item -> scopes(byKey.get(item.id())));
    }

    private static Collection<String> scopes(Indexed o) {
        return o.shared() ? List.of(parkScope(o.park()), SHARED) : List.of(parkScope(o.park()));
    }

    private static String parkScope(String park) {
        return "park:" + park;
    }

    private Map<ObjectType, List<Indexed>> everything(String park) {
        Map<ObjectType, List<Indexed>> all = new EnumMap<>(ObjectType.class);
        all.put(
                ObjectType.RESULT,
                registry.all(TransferRegistry.RESULTS, park).stream()
                        .map(TransferSearch::indexed)
                        .toList());
        all.put(
                ObjectType.EXPERT,
                registry.all(TransferRegistry.EXPERTS, park).stream()
                        .map(TransferSearch::indexed)
                        .toList());
        all.put(
                ObjectType.INSTRUMENT,
                registry.all(TransferRegistry.INSTRUMENTS, park).stream()
                        .map(TransferSearch::indexed)
                        .toList());
        return all;
    }

    private static Indexed indexed(ResearchResult r) {
        return new Indexed(r.parkCode(), r.shared(), r.item());
    }

    private static Indexed indexed(TransferExpert e) {
        return new Indexed(e.parkCode(), e.shared(), e.item());
    }

    private static Indexed indexed(ResearchInstrument i) {
        return new Indexed(i.parkCode(), i.shared(), i.item());
    }

    /**
     * Rebuilds the index: all of it (the analyzer's words mined anew) when park is null, else that park's objects.
     *
     * @return the number of objects indexed
     */
    public synchronized int reindex(String park) {
        try {
            if (park == null) {
                rebuild();
                return count();
            }
            matcher();
            matcher.index().removeScope(parkScope(park));
            int n = 0;
            for (List<Indexed> list : everything(park).values()) {
                put(list);
                n += list.size();
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the transfer index " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * After {@code db restore} the index on disk no longer matches the database: it is closed and marked stale (its
     * marker removed), so the next use rebuilds it from the restored rows.
     */
    @org.springframework.context.event.EventListener
    public synchronized void databaseRestored(org.innopark.app.operations.DatabaseRestored event) {
        closeIndex();
        if (!inMemory()) {
            try {
                Files.deleteIfExists(Path.of(directory).resolve(MARKER));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot mark the transfer index " + directory + " stale: " + e.getMessage(), e);
            }
        }
    }

    /** The objects in the index. */
    public synchronized int count() {
        TransferIndex index = matcher().index();
        return ObjectType.POOLS.stream().mapToInt(index::count).sum();
    }

    public synchronized void indexResults(List<ResearchResult> rows) {
        matcher();
        put(rows.stream().map(TransferSearch::indexed).toList());
    }

    public synchronized void indexExperts(List<TransferExpert> rows) {
        matcher();
        put(rows.stream().map(TransferSearch::indexed).toList());
    }

    public synchronized void indexInstruments(List<ResearchInstrument> rows) {
        matcher();
        put(rows.stream().map(TransferSearch::indexed).toList());
    }

    /** Forgets the park's enterprise finder: its demands changed. */
    public synchronized void demandsChanged(String park) {
        EnterpriseFinder f = finders.remove(park);
        if (f != null) {
            f.close();
        }
    }

    /** The results, experts and instruments a park sees, ranked for one of its demands. */
    public synchronized Map<ObjectType, List<Found>> match(TechnologyDemand demand, String park, int top) {
        TransferMatcher m = matcher();
        Set<String> scopes = Set.of(parkScope(park), SHARED);
        Map<ObjectType, List<Found>> out = new EnumMap<>(ObjectType.class);
        for (ObjectType type : ObjectType.POOLS) {
            List<Found> found = new ArrayList<>();
            for (Match match : m.match(demand.name(), demand.description(), type, method(), top, scopes)) {
                found.add(found(match));
            }
            out.put(type, found);
        }
        return out;
    }

    private static Found found(Match m) {
        String[] parts = m.item().id().split("/", 2);
        Map<String, List<String>> terms = new LinkedHashMap<>();
        m.sharedTerms().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> terms.put(e.getKey().zh(), e.getValue()));
        return new Found(
                m.item().type(),
                parts[0],
                parts[1],
                m.item().label(),
                m.item().field(org.innopark.engine.transfer.ItemField.OWNER),
                m.rank(),
                m.score(),
                terms,
                m.cosine(),
                m.bm25Rank(),
                m.denseRank(),
                m.item().stage(),
                m.reason());
    }

    /** The park's enterprises likely to need a result, by their demands and industry (the other direction). */
    public synchronized List<Candidate> enterprises(ResearchResult result, String park, int top) {
        List<TechnologyDemand> demands = registry.all(TransferRegistry.DEMANDS, park);
        if (demands.isEmpty()) {
            return List.of();
        }
        EnterpriseFinder finder = finders.computeIfAbsent(
                park,
                p -> new EnterpriseFinder(
                        demands.stream().map(TechnologyDemand::query).toList(),
                        vocabulary,
                        settings,
                        affinity,
                        embedder()));
        Map<String, List<TechnologyDemand>> byName = new HashMap<>();
        demands.forEach(d -> byName.computeIfAbsent(d.enterpriseName(), k -> new ArrayList<>())
                .add(d));
        List<Candidate> out = new ArrayList<>();
        for (EnterpriseFinder.Candidate c : finder.find(result.item(), method(), top)) {
            String name = c.match().item().id();
            List<TechnologyDemand> own = byName.getOrDefault(name, List.of());
            out.add(new Candidate(
                    name,
                    own.isEmpty() ? null : own.get(0).creditCode(),
                    c.industry(),
                    c.industryFits(),
                    c.score(),
                    own.stream().map(TechnologyDemand::id).toList(),
                    c.reason()));
        }
        return out;
    }

    Optional<String> directory() {
        return inMemory() ? Optional.empty() : Optional.of(directory);
    }

    private void closeIndex() {
        if (matcher != null) {
            matcher.close();
            matcher = null;
        }
        finders.values().forEach(EnterpriseFinder::close);
        finders.clear();
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dir = null;
        }
    }

    @Override
    public synchronized void destroy() {
        closeIndex();
    }
}
