package org.innopark.engine.patent;

import java.util.List;
import org.innopark.engine.rules.Confidence;

/**
 * One versioned rule tagging patents to a chain node.
 *
 * <ul>
 *   <li>{@link Kind#CONCORDANCE}: a concordance entry: the patent's main IPC symbol is in one of the ranges;
 *   <li>{@link Kind#KEYWORD}: a 技术分解表 entry: a keyword occurs in the title (or, with {@code where: text}, the
 *       title or abstract), a word of {@code also} too when the rule has such words (in the title for a title rule), no
 *       exclusion word occurs there, and one of the patent's IPC symbols is in the ranges
 *       (the chain node's IPC classes unless the rule names its own; none: any IPC).
 * </ul>
 *
 * A tag is dropped when the patent is also tagged to one of the {@code yieldTo} nodes (a component's patent goes to
 * the component, not to the product that uses it).
 *
 * @param titleOnly whether the keywords are looked for in the title only
 * @param line the line of the rule file it was read from
 */
public record TaggingRule(
        String id,
        String chainId,
        String nodeId,
        Kind kind,
        List<IpcRange> ipc,
        List<String> keywords,
        List<String> also,
        List<String> exclude,
        boolean titleOnly,
        List<String> yieldTo,
        Confidence confidence,
        String source,
        String file,
        int line) {

    /** What a rule looks at. */
    public enum Kind {
        /** IPC concordance (参照关系表). */
        CONCORDANCE("IPC参照关系"),
        /** Keyword rule of a 技术分解表. */
        KEYWORD("技术分解表关键词");

        private final String zh;

        Kind(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }
    }

    public TaggingRule {
        ipc = List.copyOf(ipc);
        keywords = List.copyOf(keywords);
        also = List.copyOf(also);
        exclude = List.copyOf(exclude);
        yieldTo = List.copyOf(yieldTo);
    }
}
