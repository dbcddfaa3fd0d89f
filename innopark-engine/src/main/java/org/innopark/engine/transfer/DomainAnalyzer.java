package org.innopark.engine.transfer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The matching analyzer: HanLP segmentation with a dictionary of its own (HanLP's custom dictionary, the vocabulary's
 * domain words and synonyms, and the words mined from the corpus indexed), then the canonical names of synonyms. The
 * dictionary belongs to this analyzer only: other users of HanLP in the same JVM are not affected.
 */
public final class DomainAnalyzer extends Analyzer {

    private final Vocabulary vocabulary;
    private final Segment segment;
    private final Set<String> words;

    /**
     * @param mined words mined from the corpus ({@link TermMiner}); may be empty
     */
    public DomainAnalyzer(Vocabulary vocabulary, Collection<String> mined) {
        this.vocabulary = vocabulary;
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        Set<String> all = new LinkedHashSet<>(vocabulary.dictionary());
        all.addAll(mined);
        all.forEach(w -> dictionary.insert(w, "nz 1024"));
        this.words = Set.copyOf(all);
        this.segment = HanLP.newSegment()
                .enableCustomDictionary(dictionary)
                .enableIndexMode(true)
                .enableOffset(true)
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false);
    }

    /** The words this analyzer's dictionary adds to HanLP's (vocabulary and mined). */
    public Set<String> words() {
        return words;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        HanLpTokenizer tokenizer = new HanLpTokenizer(segment, vocabulary.stopwords(), vocabulary.dropNatures());
        return new TokenStreamComponents(tokenizer, new CanonicalNameFilter(tokenizer, vocabulary));
    }
}
