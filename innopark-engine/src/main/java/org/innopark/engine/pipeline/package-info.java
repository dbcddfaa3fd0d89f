/**
 * The investment-project pipeline (招商项目库) as plain logic: the stages as versioned data (线索 → 接洽 → 在谈 → 签约 →
 * 拟开工 → 开工 → 到资 → 投产, 终止/流失 from any stage, the dates and fields each transition requires, a park's own
 * renames and additions), the transition check, investors' normalised names and the duplicate check, the stale-lead
 * rule and the funnel figures the bulletins report. Data in, results out.
 */
package org.innopark.engine.pipeline;
