/**
 * Industry chains and target enterprises (产业链图谱与招商靶向): the chains in force, the mapping of a park's
 * enterprises to chain nodes (with the analysts' confirmations, kept across re-imports and audited), the park's
 * coverage and gaps per node, the national candidate pool (its own tables, never counted in a park's figures), the
 * explained target ranking with its XLSX export, and the back-test against baselines.
 */
@ApplicationModule(allowedDependencies = {"registry", "registry :: imports", "security", "audit", "spreadsheet"})
package org.innopark.app.chain;

import org.springframework.modulith.ApplicationModule;
