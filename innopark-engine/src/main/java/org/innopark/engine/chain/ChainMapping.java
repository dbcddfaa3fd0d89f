package org.innopark.engine.chain;

import org.innopark.engine.rules.Confidence;

/**
 * One mapping of a chain node to a code (a GB/T 4754 industry code or an IPC symbol), with how well it is sourced.
 *
 * @param line the line of the chain file it was read from
 */
public record ChainMapping(String code, Confidence confidence, String source, int line) {

    /** Whether this industry mapping covers an enterprise's industry code (the mapping's code is its prefix). */
    public boolean coversIndustry(String industryCode) {
        return industryCode != null && industryCode.startsWith(code);
    }
}
