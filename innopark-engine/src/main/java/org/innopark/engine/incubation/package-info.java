/**
 * Incubation (孵化育成) as plain logic: a tenancy's lifecycle (预孵化 → 入孵 → 在孵 → 毕业 → 加速 → 留区 / 迁出 / 注销) and its
 * transitions, the conditions of an 在孵企业 and 超期未毕业, the 毕业 criteria with explained verdicts, the 国家级孵化器
 * recognition thresholds with their gaps, the carriers' KPIs, the A/B/C/D evaluation and the Torch carrier surveys
 * with their consistency checks — all read from versioned rule files (国科发区〔2018〕300号). Data in, results out.
 */
package org.innopark.engine.incubation;
