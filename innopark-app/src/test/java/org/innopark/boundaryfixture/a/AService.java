package org.innopark.boundaryfixture.a;

import org.innopark.boundaryfixture.b.BService;
import org.innopark.boundaryfixture.c.CService;

/** Uses b (declared) and c (not declared). */
public class AService {

    private final BService b;
    private final CService c;

    public AService(BService b, CService c) {
        this.b = b;
        this.c = c;
    }

    public String both() {
        return b.toString() + c;
    }
}
