package org.innopark.app.patent;

/** A park, chain or link outside the caller's scope or unknown: answered "not found". */
public class PatentNotFoundException extends RuntimeException {

    public PatentNotFoundException(String message) {
        super(message);
    }
}
