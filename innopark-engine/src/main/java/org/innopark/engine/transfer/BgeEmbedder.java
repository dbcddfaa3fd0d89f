package org.innopark.engine.transfer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * BAAI bge-small-zh-v1.5 (quantised, 512 dimensions), run by ONNX Runtime from the model inside the
 * langchain4j-embeddings jar: no network, no files outside the application jar. Loading takes a few seconds and is
 * done once, on first use. Queries are prefixed with the model's retrieval instruction.
 */
public final class BgeEmbedder implements Embedder {

    private final String queryInstruction;
    private volatile BgeSmallZhV15QuantizedEmbeddingModel model;

    public BgeEmbedder(String queryInstruction) {
        this.queryInstruction = queryInstruction == null ? "" : queryInstruction;
    }

    private BgeSmallZhV15QuantizedEmbeddingModel model() {
        BgeSmallZhV15QuantizedEmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new BgeSmallZhV15QuantizedEmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }

    @Override
    public int dimension() {
        return 512;
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        List<TextSegment> segments =
                texts.stream().map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList();
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : model().embedAll(segments).content()) {
            out.add(unit(e.vector()));
        }
        return out;
    }

    @Override
    public float[] embedQuery(String text) {
        return unit(model().embed(queryInstruction + text).content().vector());
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float s = norm == 0 ? 1 : (float) (1 / Math.sqrt(norm));
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] * s;
        }
        return u;
    }
}
