package org.innopark.app.patent;

import java.util.List;
import org.innopark.app.chain.ChainCatalogue;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.patent.PatentTagger;
import org.innopark.engine.patent.TaggingRules;
import org.springframework.stereotype.Service;

/** The tagging rules in force (the engine's built-in rule files over the chains in force), compiled once. */
@Service
public class PatentRules {

    private final ChainCatalogue catalogue;
    private final TaggingRules rules;
    private final PatentTagger tagger;

    PatentRules(ChainCatalogue catalogue) {
        this.catalogue = catalogue;
        this.rules = TaggingRules.builtIn(catalogue.library());
        this.tagger = new PatentTagger(rules);
    }

    public PatentTagger tagger() {
        return tagger;
    }

    public TaggingRules rules() {
        return rules;
    }

    /** The chains that have tagging rules, in the catalogue's order. */
    public List<IndustryChain> chains() {
        return catalogue.chains().stream()
                .filter(c -> rules.chainIds().contains(c.id()))
                .toList();
    }

    /** The chain of the id when it has tagging rules; otherwise an error naming the chains that have. */
    public IndustryChain chain(String id) {
        return chains().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new PatentNotFoundException("产业链 " + id + " 没有专利标引规则; 有规则的: " + rules.chainIds()
                        + " / chain " + id + " has no tagging rules"));
    }
}
