/**
 * 企业运行监测预警: reads monthly reports, enterprises, credit events and fault labels from an analyst's files (CSV or
 * XLSX, as an import reads them), runs the engine's early warning and writes its alerts; grades it on labelled
 * panels.
 */
@ApplicationModule(allowedDependencies = {"registry :: imports"})
package org.innopark.app.monitor;

import org.springframework.modulith.ApplicationModule;
