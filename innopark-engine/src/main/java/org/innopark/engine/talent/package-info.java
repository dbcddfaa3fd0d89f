/**
 * 人才服务 as plain logic: talent programmes as versioned data (国家级 / 省级 / 市级, a park's own file adds its
 * programmes), education levels, a talent's profile, 科学家工作室 and 科研团队, the counts the bulletins quote (talents by
 * employer, platform, education, field and programme level; 硕士以上 and its share), and the service-request workflow
 * (已提交 → 已分派 → 办理中 → 已办结, or 已退回 with a reason) with a time limit per request type read from a versioned
 * file. Data in, results out.
 */
package org.innopark.engine.talent;
