/**
 * 企业创新积分制 (innovation points): versioned schemes read from YAML, a columnar engine that scores a whole cohort
 * of enterprises at once, explanations for one enterprise, and rankings (百强, movers, distributions).
 */
package org.innopark.engine.points;
