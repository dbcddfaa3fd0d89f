package org.innopark.engine.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * 供需匹配: finds, for a query (a demand, or a result looking for enterprises), the objects of one type by BM25, by
 * dense retrieval, or by both fused by reciprocal rank, each with its reason.
 */
public final class TransferMatcher implements AutoCloseable {

    /** How objects are ranked. */
    public enum Method {
        BM25,
        DENSE,
        HYBRID
    }

    private final TransferIndex index;
    private final MatchingSettings settings;
    private String lastQuery;
    private float[] lastVector;

    public TransferMatcher(TransferIndex index, MatchingSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    /**
     * An in-memory matcher over the objects with the domain analyzer, whose dictionary adds the words mined from these
     * objects' texts.
     *
     * @param embedder the dense model, or null for BM25 only
     */
    public static TransferMatcher inMemory(
            List<TransferItem> items, Vocabulary vocabulary, MatchingSettings settings, Embedder embedder) {
        return inMemory(items, analyzer(items, vocabulary, settings), settings, embedder);
    }

    /** An in-memory matcher with Lucene's smartcn analyzer (the evaluation's baseline): BM25 only. */
    public static TransferMatcher smartcn(List<TransferItem> items, MatchingSettings settings) {
        return inMemory(items, new SmartChineseAnalyzer(), settings, null);
    }

    private static TransferMatcher inMemory(
            List<TransferItem> items, Analyzer analyzer, MatchingSettings settings, Embedder embedder) {
        TransferIndex index = new TransferIndex(
                new ByteBuffersDirectory(), analyzer, analyzer instanceof DomainAnalyzer, settings, embedder);
        index.put(items);
        return new TransferMatcher(index, settings);
    }

    /** The domain analyzer for a corpus: the vocabulary plus the words mined from the objects' texts. */
    public static DomainAnalyzer analyzer(List<TransferItem> items, Vocabulary vocabulary, MatchingSettings settings) {
        TermMiner miner = new TermMiner(settings.mining());
        long chars = 0;
        for (TransferItem item : items) {
            for (String text : item.fields().values()) {
                miner.add(text);
                chars += text.length();
            }
            if (chars >= settings.mining().sampleChars()) {
                break;
            }
        }
        return new DomainAnalyzer(vocabulary, miner.words());
    }

    public TransferIndex index() {
        return index;
    }

    /** The objects of a type for a demand: its title counts more than its description. */
    public List<Match> match(TechDemand demand, ObjectType type, Method method, int top) {
        return match(demand.title(), demand.description(), type, method, top);
    }

    /**
     * The objects of a type for a query of a title and a text (either may be empty).
     */
    public List<Match> match(String title, String text, ObjectType type, Method method, int top) {
        return match(title, text, type, method, top, null);
    }

    /**
     * The objects of a type for a query, among those carrying one of the scope tokens given (all when null; see
     * {@link TransferIndex#put(List, java.util.function.Function)}).
     */
    public List<Match> match(
            String title, String text, ObjectType type, Method method, int top, java.util.Set<String> scopes) {
        Map<String, Float> terms = new LinkedHashMap<>();
        index.terms(title, settings.demandTitleWeight(), terms);
        index.terms(text, 1, terms);
        String whole = title.isEmpty() ? text : text.isEmpty() ? title : title + "。" + text;
        int depth = method == Method.HYBRID ? Math.max(top, settings.fusion().depth()) : top;
        List<TransferIndex.Hit> bm25 =
                method == Method.DENSE || terms.isEmpty() ? List.of() : index.bm25(type, terms, whole, depth, scopes);
        float[] q = method == Method.BM25 ? null : queryVector(whole);
        List<TransferIndex.Hit> dense = q == null ? List.of() : dense(type, q, depth, scopes);
        Map<String, Integer> bm25Rank = ranks(bm25);
        Map<String, Integer> denseRank = ranks(dense);
        Map<String, Double> cosine = new HashMap<>();
        for (TransferIndex.Hit h : dense) {
            // The similarity shown is the one to the query as written, not to the query moved by feedback.
            float[] v = index.vector(h.doc());
            cosine.put(h.item().id(), v == null ? (double) h.score() : dot(q, v));
        }
        Map<String, TransferItem> items = new LinkedHashMap<>();
        Map<String, Double> score = new HashMap<>();
        MatchingSettings.Fusion f = settings.fusion();
        switch (method) {
            case BM25 -> bm25.forEach(h -> put(items, score, h, h.score()));
            case DENSE -> dense.forEach(h -> put(items, score, h, h.score()));
            case HYBRID -> {
                fuse(bm25, bm25Rank, f.bm25Weight(), f, items, score);
                fuse(dense, denseRank, f.denseWeight(), f, items, score);
            }
        }
        List<String> order = new ArrayList<>(items.keySet());
        order.sort(Comparator.comparing((String id) -> -score.get(id)).thenComparing(id -> id));
        List<Match> out = new ArrayList<>();
        for (String id : order.subList(0, Math.min(top, order.size()))) {
            TransferItem item = items.get(id);
            out.add(new Match(
                    item,
                    out.size() + 1,
                    score.get(id),
                    index.shared(item, terms.keySet()),
                    cosine.get(id),
                    bm25Rank.getOrDefault(id, 0),
                    denseRank.getOrDefault(id, 0)));
        }
        return out;
    }

    /**
     * Dense retrieval with pseudo-relevance feedback: the query vector moves towards the mean of the first objects
     * found (Rocchio), then the search is run again.
     */
    private List<TransferIndex.Hit> dense(ObjectType type, float[] q, int depth, java.util.Set<String> scopes) {
        List<TransferIndex.Hit> first = index.dense(type, q, depth, scopes);
        MatchingSettings.Feedback fb = settings.feedback();
        int n = Math.min(fb.objects(), first.size());
        if (n == 0 || fb.weight() <= 0) {
            return first;
        }
        float[] moved = q.clone();
        for (TransferIndex.Hit h : first.subList(0, n)) {
            float[] v = index.vector(h.doc());
            for (int i = 0; v != null && i < moved.length; i++) {
                moved[i] += (float) (fb.weight() * v[i] / n);
            }
        }
        return index.dense(type, BgeEmbedder.unit(moved), depth, scopes);
    }

    /** The query's vector; the last one is kept, as a demand is matched with each object type in turn. */
    private synchronized float[] queryVector(String text) {
        if (!text.equals(lastQuery)) {
            lastVector = index.queryVector(text);
            lastQuery = text;
        }
        return lastVector;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void fuse(
            List<TransferIndex.Hit> hits,
            Map<String, Integer> rank,
            double weight,
            MatchingSettings.Fusion f,
            Map<String, TransferItem> items,
            Map<String, Double> score) {
        double max = hits.stream().mapToDouble(TransferIndex.Hit::score).max().orElse(0);
        double min = hits.stream().mapToDouble(TransferIndex.Hit::score).min().orElse(0);
        for (TransferIndex.Hit h : hits) {
            double s = f.reciprocalRank()
                    ? weight / (f.k() + rank.get(h.item().id()))
                    : weight * (max > min ? (h.score() - min) / (max - min) : 1);
            put(items, score, h, s);
        }
    }

    private static void put(Map<String, TransferItem> items, Map<String, Double> score, TransferIndex.Hit h, double s) {
        items.putIfAbsent(h.item().id(), h.item());
        score.merge(h.item().id(), s, Double::sum);
    }

    private static Map<String, Integer> ranks(List<TransferIndex.Hit> hits) {
        Map<String, Integer> r = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            r.putIfAbsent(hits.get(i).item().id(), i + 1);
        }
        return r;
    }

    @Override
    public void close() {
        index.close();
    }
}
