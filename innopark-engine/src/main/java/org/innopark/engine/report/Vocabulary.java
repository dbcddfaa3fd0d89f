package org.innopark.engine.report;

import java.util.Map;
import java.util.Set;

/**
 * What templates may name: the indicators and the datasets (with their column ids) the application can provide.
 * A template that names anything else fails to load, naming its file and line.
 */
public record Vocabulary(Map<String, Indicator> indicators, Map<String, Set<String>> datasets) {

    public Vocabulary {
        indicators = Map.copyOf(indicators);
        datasets = Map.copyOf(datasets);
    }

    public Indicator indicator(String id) {
        Indicator i = indicators.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown indicator " + id);
        }
        return i;
    }
}
