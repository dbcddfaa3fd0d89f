/**
 * 企业运行监测预警: finds enterprises in abnormal operation in their monthly reports (营业收入, 纳税总额, 社保缴纳人数,
 * 用电量) and their credit events, by versioned rules with provenance and robust statistics on each firm's own
 * history (Spring-Festival-aware), its payment pattern and its peers. {@link org.innopark.engine.monitor.EarlyWarning}
 * back-scans a {@link org.innopark.engine.monitor.Panel}: every month is evaluated as if it were the current one,
 * with only the data up to it, and each {@link org.innopark.engine.monitor.Alert} is raised in the month it would
 * have been raised, once per episode. The labelled synthetic panels that grade it are in {@code eval}.
 */
package org.innopark.engine.monitor;
