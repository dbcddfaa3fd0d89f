/**
 * Incubation (孵化育成): carriers' tenancies from 预孵化 to 毕业 and 留区 by the engine's rule files (国科发区〔2018〕300号),
 * with every move dated, checked and audited and the history kept across carriers; the 毕业 verdicts and 超期未毕业 from
 * the registry's qualifications and reports; each carrier's KPIs, its gaps to the 国家级 thresholds and its A/B/C/D
 * grade; the Torch carrier survey tables as XLSX with their consistency checks; the imports of tenancies and carrier
 * figures. Builds on the registry's {@code carrier}, read through {@code RegistryReads}.
 */
@ApplicationModule(
        allowedDependencies = {"registry", "registry :: imports", "security", "audit", "spreadsheet", "shared"})
package org.innopark.app.incubation;

import org.springframework.modulith.ApplicationModule;
