package org.innopark.engine.chain;

/**
 * How well a park covers a chain node: strong (强链: consolidate), weak (补链: fill the thin link) or missing (延链:
 * extend the chain into it).
 */
public enum NodeStrength {
    STRONG("强链", "#2e7d32"),
    WEAK("补链", "#f9a825"),
    MISSING("延链", "#c62828");

    private final String zh;
    private final String colour;

    NodeStrength(String zh, String colour) {
        this.zh = zh;
        this.colour = colour;
    }

    public String zh() {
        return zh;
    }

    /** The colour the panorama draws the node in. */
    public String colour() {
        return colour;
    }

    /** How much filling the node is worth to a target ranking (gap contribution before its weight). */
    double gapValue() {
        return switch (this) {
            case MISSING -> 1.0;
            case WEAK -> 0.6;
            case STRONG -> 0.1;
        };
    }
}
