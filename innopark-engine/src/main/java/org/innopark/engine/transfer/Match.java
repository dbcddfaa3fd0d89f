package org.innopark.engine.transfer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One object found for a query, with why: the query's words it shares (by field), its semantic similarity to the
 * query, and its place in each ranking fused.
 *
 * @param score the method's score: BM25, cosine, or the fused reciprocal-rank score
 * @param cosine the cosine similarity to the query, or null when the dense ranking did not reach it
 * @param bm25Rank its place in the BM25 ranking (from 1), or 0 when not there
 * @param denseRank its place in the dense ranking (from 1), or 0 when not there
 */
public record Match(
        TransferItem item,
        int rank,
        double score,
        Map<ItemField, List<String>> sharedTerms,
        Double cosine,
        int bm25Rank,
        int denseRank) {

    public Match {
        sharedTerms = Map.copyOf(sharedTerms);
    }

    /** The reason in Chinese, as the match file's 依据 column writes it. */
    public String reason() {
        StringBuilder b = new StringBuilder();
        if (!sharedTerms.isEmpty()) {
            b.append("共同词:");
            b.append(sharedTerms.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> String.join(
                                    "、",
                                    e.getValue()
                                            .subList(0, Math.min(6, e.getValue().size()))) + "("
                            + e.getKey().zh() + ")")
                    .collect(Collectors.joining(";")));
        }
        if (cosine != null) {
            b.append(b.length() == 0 ? "" : ";").append(String.format("语义相似度%.2f", cosine));
        }
        if (bm25Rank > 0 || denseRank > 0) {
            b.append(b.length() == 0 ? "" : ";")
                    .append("排名:关键词")
                    .append(bm25Rank > 0 ? "第" + bm25Rank : "未入选")
                    .append(",语义")
                    .append(denseRank > 0 ? "第" + denseRank : "未入选");
        }
        if (!item.stage().isEmpty()) {
            b.append(";阶段:").append(item.stage());
        }
        return b.toString();
    }
}
