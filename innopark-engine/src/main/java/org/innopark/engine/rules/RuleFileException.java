package org.innopark.engine.rules;

/** A rule file that cannot be used, with the file, line and column of the problem. */
public class RuleFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;

    public RuleFileException(String file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
