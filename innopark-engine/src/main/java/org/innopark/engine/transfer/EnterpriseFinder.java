package org.innopark.engine.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other direction: for a research result, the enterprises likely to need it. Each enterprise is one object made of
 * its demands (their titles and descriptions) and its industry; the result is the query (its name counts as a title,
 * its summary and keywords as the text), ranked by the hybrid matcher; an enterprise whose industry takes up the
 * result's technology field ({@link IndustryAffinity}) gets the configured bonus, and its reason says so.
 */
public final class EnterpriseFinder implements AutoCloseable {

    /** One enterprise found: the match (its item's id is the enterprise's name) and whether its industry fits. */
    public record Candidate(Match match, String industry, boolean industryFits, double score) {

        /** The reason in Chinese: the industry first when it fits, then the match's. */
        public String reason() {
            String why = match.reason();
            return industryFits ? "行业对口:" + industry + (why.isEmpty() ? "" : ";" + why) : why;
        }
    }

    private final TransferMatcher matcher;
    private final IndustryAffinity affinity;
    private final Map<String, String> industries = new LinkedHashMap<>();

    /**
     * @param embedder the dense model, or null for BM25 only
     */
    public EnterpriseFinder(
            List<TechDemand> demands,
            Vocabulary vocabulary,
            MatchingSettings settings,
            IndustryAffinity affinity,
            Embedder embedder) {
        this.affinity = affinity;
        Map<String, List<TechDemand>> byEnterprise = new LinkedHashMap<>();
        for (TechDemand d : demands) {
            byEnterprise.computeIfAbsent(d.enterprise(), e -> new ArrayList<>()).add(d);
        }
        List<TransferItem> items = new ArrayList<>();
        byEnterprise.forEach((name, list) -> {
            String industry = list.get(0).industry();
            industries.put(name, industry);
            Map<ItemField, String> fields = new LinkedHashMap<>();
            fields.put(
                    ItemField.TITLE,
                    String.join("。", list.stream().map(TechDemand::title).toList()));
            fields.put(
                    ItemField.BODY,
                    String.join("。", list.stream().map(TechDemand::description).toList()));
            fields.put(ItemField.DOMAIN, industry);
            items.add(new TransferItem(ObjectType.ENTERPRISE, name, name, new java.util.EnumMap<>(fields), ""));
        });
        this.matcher = TransferMatcher.inMemory(items, vocabulary, settings, embedder);
    }

    /** The enterprises for a result, best first. */
    public List<Candidate> find(TransferItem result, TransferMatcher.Method method, int top) {
        String text = result.field(ItemField.BODY) + "。" + result.field(ItemField.KEYWORDS);
        String field = result.field(ItemField.DOMAIN);
        List<Candidate> all = new ArrayList<>();
        for (Match m :
                matcher.match(result.field(ItemField.TITLE), text, ObjectType.ENTERPRISE, method, industries.size())) {
            String industry = industries.get(m.item().id());
            boolean fits = affinity.takesUp(field, industry);
            all.add(new Candidate(m, industry, fits, m.score() + (fits ? affinity.bonus() : 0)));
        }
        all.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
                .thenComparing(c -> c.match().item().id()));
        return all.subList(0, Math.min(top, all.size()));
    }

    @Override
    public void close() {
        matcher.close();
    }
}
