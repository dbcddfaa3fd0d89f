package org.innopark.engine.patent;

/**
 * A patent tagged to a chain node (标引), with the rule that tagged it and what it matched.
 *
 * @param evidence the keyword or IPC range that matched
 */
public record PatentTag(String chainId, String nodeId, String ruleId, TaggingRule.Kind kind, String evidence) {}
