/**
 * The one vocabulary of rule files — ladder schemes, points schemes and index frameworks: every value read knows its
 * file, line and column so that a mistake is reported where it is, in English and Chinese ({@link
 * org.innopark.engine.rules.RuleNode}); the header every file starts with ({@link
 * org.innopark.engine.rules.RuleFileHeader}); one {@link org.innopark.engine.rules.Confidence}, one {@link
 * org.innopark.engine.rules.Direction}, one number syntax ({@link org.innopark.engine.rules.Amounts}) and one bracket
 * syntax ({@link org.innopark.engine.rules.Interval}).
 */
package org.innopark.engine.rules;
