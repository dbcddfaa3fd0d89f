package org.innopark.app.transfer;

import java.util.Map;

/**
 * An enterprise's demand form the rules refuse, with an error per field (its key, the reason in Chinese and English
 * after " / "); nothing is written. Answered 422.
 */
public class DemandRejected extends RuntimeException {

    private final transient Map<String, String> errors;

    DemandRejected(Map<String, String> errors) {
        super(String.join(";", errors.values()), null, false, false);
        this.errors = Map.copyOf(errors);
    }

    /** The field's key (name, description, industry, budgetWan, cooperation, deadline) and its error. */
    public Map<String, String> errors() {
        return errors;
    }
}
