/**
 * 统计公报与分析报告: reports that read like the bulletins — templates as versioned data, written from the registry and
 * the ladder, points and index features, rendered to PDF (charts by ECharts on the server), Word with native charts
 * and an XLSX appendix; the history of issued reports.
 */
@ApplicationModule(
        allowedDependencies = {
            "registry",
            "security",
            "audit",
            "overview",
            "ladder",
            "points",
            "index",
            "monitor",
            "chain",
            "spreadsheet",
            "incubation",
            "talent",
            "transfer",
            "patent"
        })
package org.innopark.app.report;

import org.springframework.modulith.ApplicationModule;
