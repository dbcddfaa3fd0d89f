package org.innopark.engine.chain;

/**
 * One term of a target's score: which contribution, its value in 0..1, the points it adds (value × weight) and what
 * it means in Chinese, e.g. 为链主X的上游供应商 or 近12个月新设分支3家.
 */
public record Contribution(String key, String labelZh, double value, double points, String textZh)
        implements java.io.Serializable {}
