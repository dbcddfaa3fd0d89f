package org.innopark.app.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A bulletin's text cut at its facts' quotes, for showing every quote highlighted: plain segments and segments that
 * one or more facts quote (quotes may overlap). The text stays text: the page writes each segment escaped, and only
 * the offsets stored with the facts decide what is marked.
 */
public final class QuoteHighlights {

    /** A piece of the text; facts: the ids of the facts whose quote covers it (empty: plain text). */
    public record Segment(String text, List<Long> facts, ReviewState state) {

        public boolean marked() {
            return !facts.isEmpty();
        }

        /** The first fact quoting it, the anchor the mark links to. */
        public long first() {
            return facts.get(0);
        }
    }

    private QuoteHighlights() {}

    /** The segments of the text, in order; facts whose offsets do not fit the text are left unmarked. */
    public static List<Segment> of(String text, List<BulletinStore.StoredFact> facts) {
        List<BulletinStore.StoredFact> placed = facts.stream()
                .filter(f -> f.start() >= 0 && f.start() < f.end() && f.end() <= text.length())
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (BulletinStore.StoredFact f : placed) {
            cuts.add(f.start());
            cuts.add(f.end());
        }
        List<Segment> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            List<Long> covering = new ArrayList<>();
            ReviewState state = ReviewState.PENDING;
            for (BulletinStore.StoredFact f : placed) {
                if (f.start() <= from && f.end() >= to) {
                    covering.add(f.id());
                    state = covering.size() == 1 ? f.state() : state;
                }
            }
            out.add(new Segment(text.substring(from, to), List.copyOf(covering), state));
            from = to;
        }
        return out;
    }
}
