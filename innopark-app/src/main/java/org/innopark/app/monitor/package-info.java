/**
 * 企业运行监测预警: reads monthly reports, enterprises, credit events and fault labels from an analyst's files (CSV or
 * XLSX, as an import reads them), runs the engine's early warning and writes its alerts; grades it on labelled
 * panels. On the server: scans each park's monthly reports and listings in the registry (on demand and monthly),
 * stores the alerts once, and runs the follow-up cases (分派 → 走访 → 办结 → 回访) with their time limits and outcomes.
 */
@ApplicationModule(allowedDependencies = {"registry", "registry :: imports", "security", "audit"})
package org.innopark.app.monitor;

import org.springframework.modulith.ApplicationModule;
