package org.innopark.engine.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * Indexes generated results, experts and instruments on disk and measures: BM25 indexing time and size; the dense
 * model's throughput on a sample; an index with vectors for every object, where the objects beyond the sample get
 * the vector of a sampled object mixed with noise (the HNSW graph has its full size; embedding all objects would
 * take longer than the benchmark should); query latency p50/p99 of BM25 and of the hybrid (query embedding,
 * BM25, dense with feedback, fusion, reasons) at that size; and the heap and resident memory with the model
 * loaded and the index open.
 *
 * <p>A main class, not a test (run by bench/transfer.sh). Arguments: [results=100000] [experts=10000] [instruments=5000] [sample=500] [queries=200]
 */
public final class TransferBenchmark {

    public static void main(String[] args) throws Exception {
        int results = arg(args, 0, 100_000);
        int experts = arg(args, 1, 10_000);
        int instruments = arg(args, 2, 5_000);
        int sample = arg(args, 3, 500);
        int queries = arg(args, 4, 200);
        TransferCorpus corpus = new TransferCorpus(20261202L);
        List<TransferItem> items = new ArrayList<>(corpus.results(results, "R"));
        items.addAll(corpus.experts(experts, "E"));
        items.addAll(corpus.instruments(instruments, "I"));
        List<TechDemand> demands = corpus.demands(queries, "D");
        Vocabulary vocabulary = Vocabulary.builtIn();
        MatchingSettings settings = MatchingSettings.builtIn();
        System.out.printf(
                "objects: %,d results + %,d experts + %,d instruments = %,d%n",
                results, experts, instruments, items.size());
        Path root = Files.createTempDirectory("transfer-bench");
        try {
            long t0 = System.nanoTime();
            DomainAnalyzer analyzer = TransferMatcher.analyzer(items, vocabulary, settings);
            System.out.printf(
                    "dictionary: %,d words (vocabulary + mined), mined in %.1f s%n",
                    analyzer.words().size(), secs(t0));

            long t1 = System.nanoTime();
            try (TransferIndex bm25 =
                    new TransferIndex(FSDirectory.open(root.resolve("bm25")), analyzer, true, settings, null)) {
                bm25.put(items);
                System.out.printf(
                        "BM25 index: %.1f s for %,d objects (%.0f objects/s), %.1f MB on disk%n",
                        secs(t1), items.size(), items.size() / secs(t1), megabytes(root.resolve("bm25")));
                TransferMatcher m = new TransferMatcher(bm25, settings);
                latency("BM25", m, demands, TransferMatcher.Method.BM25);
            }

            BgeEmbedder model = new BgeEmbedder(settings.queryInstruction());
            long t2 = System.nanoTime();
            model.embedQuery("加载模型");
            System.out.printf("model load + first embedding: %.1f s%n", secs(t2));
            List<String> texts = items.subList(0, sample).stream()
                    .map(TransferItem::denseText)
                    .toList();
            long t3 = System.nanoTime();
            List<float[]> vectors = model.embedDocuments(texts);
            double perSecond = sample / secs(t3);
            double avgChars = texts.stream().mapToInt(String::length).average().orElse(0);
            System.out.printf(
                    "embedding: %,d objects (%.0f characters on average) in %.1f s = %.1f objects/s; all %,d would take"
                            + " ≈ %.0f min%n",
                    sample, avgChars, secs(t3), perSecond, items.size(), items.size() / perSecond / 60);

            long t4 = System.nanoTime();
            Embedder filled = new SampledEmbedder(model, vectors, texts);
            try (TransferIndex hybrid =
                    new TransferIndex(FSDirectory.open(root.resolve("hybrid")), analyzer, true, settings, filled)) {
                hybrid.put(items);
                System.out.printf(
                        "BM25 + HNSW index (vectors beyond the sample synthetic): %.1f s, %.1f MB on disk%n",
                        secs(t4), megabytes(root.resolve("hybrid")));
                TransferMatcher m = new TransferMatcher(hybrid, settings);
                latency("BM25 at full size, hybrid index", m, demands, TransferMatcher.Method.BM25);
                latency("hybrid", m, demands, TransferMatcher.Method.HYBRID);
                memory();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Real vectors for the sampled texts; for any other text, a sampled vector mixed with noise, as unit vectors. */
    private static final class SampledEmbedder implements Embedder {
        private final BgeEmbedder model;
        private final List<float[]> vectors;
        private final java.util.Map<String, float[]> known = new java.util.HashMap<>();
        private final Random random = new Random(7);

        SampledEmbedder(BgeEmbedder model, List<float[]> vectors, List<String> texts) {
            this.model = model;
            this.vectors = vectors;
            for (int i = 0; i < texts.size(); i++) {
                known.put(texts.get(i), vectors.get(i));
            }
        }

        @Override
        public int dimension() {
            return model.dimension();
        }

        @Override
        public List<float[]> embedDocuments(List<String> texts) {
            List<float[]> out = new ArrayList<>(texts.size());
            for (String t : texts) {
                float[] v = known.get(t);
                if (v == null) {
                    float[] base = vectors.get(random.nextInt(vectors.size()));
                    v = new float[base.length];
                    double norm = 0;
                    for (int i = 0; i < v.length; i++) {
                        v[i] = base[i] + (float) (random.nextGaussian() * 0.03);
                        norm += v[i] * v[i];
                    }
                    for (int i = 0; i < v.length; i++) {
                        v[i] /= (float) Math.sqrt(norm);
                    }
                }
                out.add(v);
            }
            return out;
        }

        @Override
        public float[] embedQuery(String text) {
            return model.embedQuery(text);
        }
    }

    private static void latency(
            String label, TransferMatcher m, List<TechDemand> demands, TransferMatcher.Method method) {
        int warm = Math.min(20, demands.size());
        for (TechDemand d : demands.subList(0, warm)) {
            m.match(d, ObjectType.RESULT, method, 10);
        }
        long[] ms = new long[demands.size()];
        for (int i = 0; i < demands.size(); i++) {
            long t = System.nanoTime();
            m.match(demands.get(i), ObjectType.RESULT, method, 10);
            ms[i] = System.nanoTime() - t;
        }
        Arrays.sort(ms);
        System.out.printf(
                "query %s (top 10 results with reasons, %d demands): p50 %.1f ms, p99 %.1f ms%n",
                label,
                ms.length,
                ms[ms.length / 2] / 1e6,
                ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)] / 1e6);
    }

    private static void memory() throws IOException {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS"))
                .findFirst()
                .orElse("VmRSS: ?");
        System.out.printf(
                "memory with the model loaded and the index open: heap used after GC %.0f MB (max %.0f MB);"
                        + " process %s%n",
                (r.totalMemory() - r.freeMemory()) / 1e6, r.maxMemory() / 1e6, rss.replaceAll("\\s+", " "));
    }

    private static double megabytes(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                            .mapToLong(p -> p.toFile().length())
                            .sum()
                    / 1e6;
        }
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static int arg(String[] args, int i, int otherwise) {
        return args.length > i ? Integer.parseInt(args[i]) : otherwise;
    }
}
