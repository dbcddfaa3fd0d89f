/**
 * 梯度培育: the official qualification schemes as versioned YAML rule sets, their explainable {@link
 * org.innopark.engine.ladder.Verdict verdicts}, the {@link org.innopark.engine.ladder.Gap gaps} to qualification,
 * and the park's ladder. Start with {@link org.innopark.engine.ladder.LadderAssessment}.
 */
package org.innopark.engine.ladder;
