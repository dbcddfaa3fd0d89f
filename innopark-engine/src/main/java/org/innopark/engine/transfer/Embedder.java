package org.innopark.engine.transfer;

import java.util.List;

/** Turns texts into unit vectors for dense retrieval. */
public interface Embedder {

    /** The vectors' dimension. */
    int dimension();

    /** The vectors of objects indexed, in order. */
    List<float[]> embedDocuments(List<String> texts);

    /** The vector of a query (a model may prefix an instruction). */
    float[] embedQuery(String text);
}
