package org.innopark.boundaryfixture.b;

import org.innopark.boundaryfixture.a.AService;

/** Uses a back: a cycle. */
public class BService {

    public String back(AService a) {
        return a.both();
    }
}
