package org.innopark.engine.transfer;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A Lucene {@link Tokenizer} on HanLP: reads the whole text, folds full-width ASCII to half-width and Latin letters to
 * lower case (one character for one, so offsets stay right), segments it with the given HanLP segment (its own
 * dictionary, index mode: a long word and the words inside it) and emits the words, leaving out punctuation, bare
 * numbers, stop words and words of the natures dropped.
 */
final class HanLpTokenizer extends Tokenizer {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private final Segment segment;
    private final Set<String> stopwords;
    private final Set<String> dropNatures;
    private Iterator<Term> terms;
    private int length;

    HanLpTokenizer(Segment segment, Set<String> stopwords, Set<String> dropNatures) {
        this.segment = segment;
        this.stopwords = stopwords;
        this.dropNatures = dropNatures;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (terms == null) {
            String text = normalised(readAll());
            length = text.length();
            terms = segment.seg(text).iterator();
        }
        while (terms.hasNext()) {
            Term t = terms.next();
            String word = t.word.strip();
            if (!keeps(word, t.nature == null ? "" : t.nature.toString())) {
                continue;
            }
            termAttribute.setEmpty().append(word);
            offsetAttribute.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
            return true;
        }
        return false;
    }

    private boolean keeps(String word, String nature) {
        if (word.isEmpty() || stopwords.contains(word) || dropNatures.contains(nature)) {
            return false;
        }
        return word.codePoints().anyMatch(Character::isLetter);
    }

    private String readAll() throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n; (n = input.read(buffer)) > 0; ) {
            b.append(buffer, 0, n);
        }
        return b.toString();
    }

    /** Full-width ASCII to half-width, Latin to lower case, the ideographic space to a space: same length. */
    static String normalised(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            cs[i] = Character.toLowerCase(c);
        }
        return new String(cs);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        terms = null;
        length = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(length);
        offsetAttribute.setOffset(end, end);
    }
}
