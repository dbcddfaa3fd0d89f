package org.innopark.engine.transfer;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds, after a word that is a synonym, abbreviation or lay name in the vocabulary, the canonical name of its group at
 * the same position: "锂电" → 锂电 + 锂离子电池, "SiC" → sic + 碳化硅. Used when indexing and when querying, so either
 * name finds the other.
 */
final class CanonicalNameFilter extends TokenFilter {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private final Vocabulary vocabulary;
    private AttributeSource.State pending;
    private String pendingName;

    CanonicalNameFilter(TokenStream input, Vocabulary vocabulary) {
        super(input);
        this.vocabulary = vocabulary;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            termAttribute.setEmpty().append(pendingName);
            positionAttribute.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String canonical = vocabulary.canonicalOf(termAttribute.toString());
        if (canonical != null) {
            pending = captureState();
            pendingName = canonical;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
