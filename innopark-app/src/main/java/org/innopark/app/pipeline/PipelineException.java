package org.innopark.app.pipeline;

import java.util.List;

/** A change refused with every reason (the API answers 400 or 409, the CLI names them); nothing was written. */
public class PipelineException extends RuntimeException {

    private final List<String> problems;
    private final boolean conflict;

    public PipelineException(List<String> problems, boolean conflict) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    public PipelineException(String problem) {
        this(List.of(problem), false);
    }

    public List<String> problems() {
        return problems;
    }

    /** Whether the change conflicts with stored data (a duplicate investor) rather than being malformed. */
    public boolean conflict() {
        return conflict;
    }

    /** A park outside the caller's scope, or an unknown park or project: "not found". */
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }
}
