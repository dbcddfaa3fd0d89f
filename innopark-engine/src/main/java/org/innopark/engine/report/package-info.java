/**
 * Reports that read like the bulletins (统计公报与分析报告): report templates as versioned data, figures with their unit,
 * change, rank and source, and the Chinese wording of figures (万元/亿元, 同比增长/下降, 个百分点, 位居第 N 位, 首次 / 连续 N
 * 年, 数据缺失). Data in, a composed document out; the application renders it to PDF, Word and XLSX.
 */
package org.innopark.engine.report;
