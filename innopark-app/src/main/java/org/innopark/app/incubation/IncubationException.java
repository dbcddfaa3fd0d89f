package org.innopark.app.incubation;

import java.util.List;

/** A change or a file refused with every reason (the API answers 400, the CLI names them); nothing was written. */
public class IncubationException extends RuntimeException {

    private final List<String> problems;

    public IncubationException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    /** A park, carrier or tenancy outside the caller's scope or unknown: "not found". */
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }
}
