package org.innopark.app.chain;

/** A park outside the caller's scope, an unknown park, chain or node: "not found" (the API answers 404). */
public class ChainNotFoundException extends RuntimeException {

    public ChainNotFoundException(String message) {
        super(message);
    }
}
