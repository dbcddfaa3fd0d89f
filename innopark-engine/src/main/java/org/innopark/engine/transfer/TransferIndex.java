package org.innopark.engine.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of the objects matched: one document per result, expert or instrument, its fields analysed by the
 * given analyzer for BM25, and its vector ({@link KnnFloatVectorField}, cosine, HNSW) when an embedder is given. An
 * object is replaced by its type and id; the index may live in memory or on disk.
 */
public final class TransferIndex implements Closeable {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String LABEL = "label";
    static final String STAGE = "stage";
    static final String VECTOR = "vector";
    /** Overlapping pairs of Chinese characters of the title, body and keywords: partial overlap of unsplit terms. */
    static final String PAIRS = "pairs";
    /** Who may find an object: tokens such as a park's code, or "shared"; a search may require one of them. */
    static final String SCOPE = "scope";

    private static final int BATCH = 64;

    private final Analyzer analyzer;
    private final Analyzer pairs;
    private final MatchingSettings settings;
    private final Embedder embedder;
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    /** A scored object of one ranking; {@code doc} is Lucene's number of its document in the current reader. */
    public record Hit(TransferItem item, float score, int doc) {}

    /**
     * @param embedder the dense model, or null for an index without vectors (BM25 only)
     */
    public TransferIndex(Directory directory, Analyzer analyzer, MatchingSettings settings, Embedder embedder) {
        this(directory, analyzer, false, settings, embedder);
    }

    /**
     * @param characterPairs whether to index and query the character pairs too (the settings' pair weight), beside
     *     the analyzer's words
     */
    public TransferIndex(
            Directory directory,
            Analyzer analyzer,
            boolean characterPairs,
            MatchingSettings settings,
            Embedder embedder) {
        this.analyzer = analyzer;
        this.pairs =
                characterPairs && settings.characterPairWeight() > 0 ? new CJKAnalyzer(CharArraySet.EMPTY_SET) : null;
        this.settings = settings;
        this.embedder = embedder;
        try {
            IndexWriterConfig config = new IndexWriterConfig(
                    pairs == null ? analyzer : new PerFieldAnalyzerWrapper(analyzer, Map.of(PAIRS, pairs)));
            config.setSimilarity(similarity());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BooleanQuery.setMaxClauseCount(Math.max(BooleanQuery.getMaxClauseCount(), 8192));
    }

    private BM25Similarity similarity() {
        return new BM25Similarity(settings.k1(), settings.b());
    }

    public boolean hasVectors() {
        return embedder != null;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Adds or replaces the objects (by type and id) and makes them searchable. */
    public void put(List<TransferItem> items) {
        put(items, item -> List.of());
    }

    /**
     * Adds or replaces the objects (by type and id) with the scope tokens of each (who may find it, see
     * {@link #bm25(ObjectType, Map, String, int, Set)}), and makes them searchable.
     */
    public void put(List<TransferItem> items, Function<TransferItem, Collection<String>> scopes) {
        try {
            for (int from = 0; from < items.size(); from += BATCH) {
                List<TransferItem> batch = items.subList(from, Math.min(items.size(), from + BATCH));
                List<float[]> vectors = embedder == null
                        ? null
                        : embedder.embedDocuments(
                                batch.stream().map(TransferItem::denseText).toList());
                for (int i = 0; i < batch.size(); i++) {
                    TransferItem item = batch.get(i);
                    writer.updateDocument(
                            key(item.type(), item.id()),
                            document(item, vectors == null ? null : vectors.get(i), scopes.apply(item)));
                }
            }
            writer.commit();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes an object. */
    public void remove(ObjectType type, String id) {
        try {
            writer.deleteDocuments(key(type, id));
            writer.commit();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every object carrying a scope token (a park's objects, before they are indexed again). */
    public void removeScope(String scope) {
        try {
            writer.deleteDocuments(new Term(SCOPE, scope));
            writer.commit();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term key(ObjectType type, String id) {
        return new Term(KEY, type.name() + ":" + id);
    }

    private Document document(TransferItem item, float[] vector, Collection<String> scopes) {
        Document d = new Document();
        d.add(new StringField(KEY, item.type().name() + ":" + item.id(), Field.Store.NO));
        d.add(new StringField(TYPE, item.type().name(), Field.Store.YES));
        d.add(new StoredField(ID, item.id()));
        d.add(new StoredField(LABEL, item.label()));
        d.add(new StoredField(STAGE, item.stage()));
        scopes.forEach(s -> d.add(new StringField(SCOPE, s, Field.Store.NO)));
        item.fields().forEach((f, text) -> d.add(new TextField(f.key(), text, Field.Store.YES)));
        if (pairs != null) {
            String text = item.field(ItemField.TITLE) + "。" + item.field(ItemField.BODY) + "。"
                    + item.field(ItemField.KEYWORDS);
            d.add(new TextField(PAIRS, text, Field.Store.NO));
        }
        if (vector != null) {
            d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        return d;
    }

    private void refresh() throws IOException {
        DirectoryReader fresh =
                reader == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(reader, writer);
        if (fresh != null) {
            if (reader != null) {
                reader.close();
            }
            reader = fresh;
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(similarity());
        }
    }

    /** The number of objects of a type. */
    public int count(ObjectType type) {
        try {
            return searcher.count(new TermQuery(new Term(TYPE, type.name())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words of a text as this index's analyzer makes them, with their counts times the weight.
     */
    public Map<String, Float> terms(String text, float weight, Map<String, Float> into) {
        return terms(analyzer, text, weight, into);
    }

    private static Map<String, Float> terms(Analyzer analyzer, String text, float weight, Map<String, Float> into) {
        try (TokenStream ts = analyzer.tokenStream(ItemField.BODY.key(), text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                into.merge(term.toString(), weight, Float::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }

    /** BM25 over the fields, each weighted as configured, of the objects of one type. */
    public List<Hit> bm25(ObjectType type, Map<String, Float> queryTerms, int n) {
        return bm25(type, queryTerms, "", n);
    }

    /**
     * BM25 over the fields of the objects of one type, and over their character pairs for the query text given
     * (when this index has them).
     */
    public List<Hit> bm25(ObjectType type, Map<String, Float> queryTerms, String queryText, int n) {
        return bm25(type, queryTerms, queryText, n, null);
    }

    /**
     * BM25 as above, over the objects that carry one of the scope tokens given (all objects when null).
     */
    public List<Hit> bm25(ObjectType type, Map<String, Float> queryTerms, String queryText, int n, Set<String> scopes) {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        if (pairs != null && !queryText.isEmpty()) {
            for (Map.Entry<String, Float> t :
                    terms(pairs, queryText, 1, new LinkedHashMap<>()).entrySet()) {
                text.add(
                        new BoostQuery(
                                new TermQuery(new Term(PAIRS, t.getKey())),
                                settings.characterPairWeight() * t.getValue()),
                        BooleanClause.Occur.SHOULD);
            }
        }
        for (Map.Entry<String, Float> t : queryTerms.entrySet()) {
            for (Map.Entry<ItemField, Float> f : settings.fieldWeights().entrySet()) {
                text.add(
                        new BoostQuery(
                                new TermQuery(new Term(f.getKey().key(), t.getKey())), f.getValue() * t.getValue()),
                        BooleanClause.Occur.SHOULD);
            }
        }
        Query q = new BooleanQuery.Builder()
                .add(text.build(), BooleanClause.Occur.MUST)
                .add(filter(type, scopes), BooleanClause.Occur.FILTER)
                .build();
        return search(q, n, false);
    }

    /** The nearest objects of one type to a query vector; a hit's score is the cosine similarity. */
    public List<Hit> dense(ObjectType type, float[] queryVector, int n) {
        return dense(type, queryVector, n, null);
    }

    /** The nearest objects of one type that carry one of the scope tokens given (all objects when null). */
    public List<Hit> dense(ObjectType type, float[] queryVector, int n, Set<String> scopes) {
        if (embedder == null) {
            throw new IllegalStateException("this index has no vectors");
        }
        return search(new KnnFloatVectorQuery(VECTOR, queryVector, n, filter(type, scopes)), n, true);
    }

    /** The objects of a type, and of one of the scopes when given. */
    private static Query filter(ObjectType type, Set<String> scopes) {
        Query byType = new TermQuery(new Term(TYPE, type.name()));
        if (scopes == null) {
            return byType;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        scopes.forEach(s -> any.add(new TermQuery(new Term(SCOPE, s)), BooleanClause.Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(byType, BooleanClause.Occur.FILTER)
                .add(any.build(), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The stored vector of a document of the current reader (from a {@link Hit}), or null. */
    public float[] vector(int doc) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
            if (values == null || values.advance(doc - leaf.docBase) != doc - leaf.docBase) {
                return null;
            }
            return values.vectorValue().clone();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float[] queryVector(String text) {
        return embedder.embedQuery(text);
    }

    private List<Hit> search(Query q, int n, boolean cosine) {
        try {
            TopDocs top = searcher.search(q, Math.max(1, n));
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                // Lucene scores a cosine c as (1 + c) / 2.
                hits.add(new Hit(
                        item(searcher.storedFields().document(sd.doc)), cosine ? 2 * sd.score - 1 : sd.score, sd.doc));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TransferItem item(Document d) {
        Map<ItemField, String> fields = new EnumMap<>(ItemField.class);
        for (ItemField f : ItemField.values()) {
            String v = d.get(f.key());
            if (v != null) {
                fields.put(f, v);
            }
        }
        return new TransferItem(ObjectType.valueOf(d.get(TYPE)), d.get(ID), d.get(LABEL), fields, d.get(STAGE));
    }

    /** The query's words found in each field of an object, in the query's order (the longest ones). */
    public Map<ItemField, List<String>> shared(TransferItem item, Set<String> queryTerms) {
        Map<ItemField, List<String>> out = new LinkedHashMap<>();
        for (ItemField f : ItemField.values()) {
            String text = item.field(f);
            if (text.isEmpty() || !settings.fieldWeights().containsKey(f)) {
                continue;
            }
            Set<String> inField = terms(text, 1, new LinkedHashMap<>()).keySet();
            List<String> both = new ArrayList<>(new LinkedHashSet<>(queryTerms));
            both.retainAll(inField);
            // Shown: the longest words; a word inside another shown (机器 in 机器人) and single characters are left out.
            List<String> shown = both.stream()
                    .filter(w -> w.length() > 1)
                    .filter(w -> both.stream().noneMatch(o -> o.length() > w.length() && o.contains(w)))
                    .toList();
            if (!shown.isEmpty()) {
                out.put(f, shown);
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
