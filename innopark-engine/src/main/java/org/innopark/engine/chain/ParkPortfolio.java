package org.innopark.engine.chain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A park's enterprises (every one, with dates, industries and their nodes on one chain) and its city. */
public record ParkPortfolio(String parkCode, CandidatePool.City city, List<ParkFirm> firms) {

    public ParkPortfolio {
        firms = List.copyOf(firms);
    }

    /** The enterprises in the park on the day. */
    public List<ParkFirm> on(LocalDate day) {
        return firms.stream().filter(f -> f.presentOn(day)).toList();
    }

    /** Enterprises per industry code on the day. */
    public Map<String, Integer> industryCounts(LocalDate day) {
        Map<String, Integer> counts = new HashMap<>();
        for (ParkFirm f : on(day)) {
            if (f.industry() != null) {
                counts.merge(f.industry(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
