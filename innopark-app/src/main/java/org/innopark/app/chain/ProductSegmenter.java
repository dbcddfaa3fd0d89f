package org.innopark.app.chain;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.innopark.engine.chain.ProductDictionary;
import org.springframework.stereotype.Component;

/**
 * Finds the chains' product terms in an enterprise's 主营产品 and 经营范围: the text is segmented with HanLP (portable
 * 1.8.6) after every product name of the chains was added to its custom dictionary, so that 磷酸铁锂 or 光伏组件 come
 * out as one word; the words that are product names are the terms.
 */
@Component
public class ProductSegmenter {

    private final ProductDictionary dictionary;

    ProductSegmenter(ChainCatalogue catalogue) {
        this.dictionary = catalogue.dictionary();
        for (String term : dictionary.terms()) {
            CustomDictionary.insert(term, "nz 1024");
        }
    }

    /** The product terms of the text, in order of first appearance. */
    public Set<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        List<String> words = new ArrayList<>();
        for (Term t : HanLP.segment(text)) {
            words.add(t.word);
        }
        return dictionary.among(words);
    }
}
