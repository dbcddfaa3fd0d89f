/**
 * Bulletin intelligence (公报情报): quantitative facts from Chinese bulletins and news, each with the exact quote that
 * states it. {@link org.innopark.engine.bulletin.ChineseNumerals} reads numerals exactly (BigDecimal, never floating
 * point); {@link org.innopark.engine.bulletin.FactExtractor} finds the facts with the dictionaries and rules of
 * {@link org.innopark.engine.bulletin.BulletinVocabulary} (versioned data files); {@link
 * org.innopark.engine.bulletin.FactScoring} grades an extractor against hand-annotated facts.
 */
package org.innopark.engine.bulletin;
