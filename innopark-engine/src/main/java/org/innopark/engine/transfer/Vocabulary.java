package org.innopark.engine.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * 匹配词表: the words the matching analyzer keeps whole (the domain dictionary), the equivalent names it maps to one
 * canonical name (synonyms, abbreviations, lay words), and the words and HanLP natures it drops. Versioned data: the
 * shipped file is {@code vocabulary-2026.yaml} beside this class; a park may load its own file.
 *
 * @param canonical every name of a synonym group (lower case) to the group's canonical name (lower case)
 */
public record Vocabulary(
        RuleFileHeader header,
        Set<String> dictionary,
        Map<String, String> canonical,
        Set<String> stopwords,
        Set<String> dropNatures) {

    static final String RESOURCE = "org/innopark/engine/transfer/vocabulary-2026.yaml";
    private static final Set<String> KEYS =
            RuleFileHeader.keysAnd("dictionary", "synonyms", "stopwords", "dropNatures");

    public Vocabulary {
        dictionary = Set.copyOf(dictionary);
        canonical = Map.copyOf(canonical);
        stopwords = Set.copyOf(stopwords);
        dropNatures = Set.copyOf(dropNatures);
    }

    /** The shipped vocabulary. */
    public static Vocabulary builtIn() {
        return read(RuleNode.parseResource(Vocabulary.class.getClassLoader(), RESOURCE));
    }

    public static Vocabulary load(Path file) {
        return read(RuleNode.parse(file));
    }

    static Vocabulary read(RuleNode root) {
        root.allowOnly(KEYS);
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
        Set<String> words = new LinkedHashSet<>();
        RuleNode dict = root.require("dictionary");
        List<RuleNode> groups = dict.isMap() ? new ArrayList<>(dict.entries().values()) : List.of(dict);
        for (RuleNode group : groups) {
            for (RuleNode w : group.items()) {
                words.add(word(w));
            }
        }
        Map<String, String> canonical = new HashMap<>();
        for (RuleNode group : root.get("synonyms").map(RuleNode::items).orElse(List.of())) {
            List<RuleNode> names = group.items();
            if (names.size() < 2) {
                throw group.error(
                        "a synonym group lists at least two names, the canonical one first / 同义词组至少两个词," + "第一个为规范名");
            }
            String first = word(names.get(0));
            for (RuleNode n : names) {
                String name = word(n);
                String before = canonical.putIfAbsent(name, first);
                if (before != null && !before.equals(first)) {
                    throw n.error("'" + name + "' is already a name of " + before + " / 该词已属于同义词组 " + before);
                }
                words.add(name);
            }
        }
        Set<String> stop = new LinkedHashSet<>();
        root.get("stopwords").ifPresent(s -> s.items().forEach(w -> stop.add(word(w))));
        Set<String> natures = new LinkedHashSet<>();
        root.get("dropNatures")
                .ifPresent(s -> s.items().forEach(w -> natures.add(w.text().strip())));
        return new Vocabulary(header, words, canonical, stop, natures);
    }

    private static String word(RuleNode n) {
        String w = n.text().strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty() || w.chars().anyMatch(Character::isWhitespace)) {
            throw n.error("a word is one non-empty token without spaces / 词条不能为空或含空格");
        }
        return w;
    }

    /** The canonical name of a word (lower case), or null when it is in no synonym group or is canonical itself. */
    public String canonicalOf(String word) {
        String c = canonical.get(word);
        return c == null || c.equals(word) ? null : c;
    }
}
