/**
 * The investment-project pipeline (招商项目库): projects from lead to production with dated stages (the stage files of
 * the engine, a park's own file in {@code innopark.pipeline.dir}), owners and co-owners, follow-ups, problems (问题清单)
 * and funds received (到资); duplicate investors refused, stale leads reminded then returned to the pool, every
 * change audited; the funnel and its figures with the XLSX a 投促局 sends monthly; the import of a 项目库 spreadsheet.
 * Builds on the registry's {@code attraction_project}: the registry keeps the project's shared facts, written through
 * {@code RegistryStore} in the pipeline's transaction.
 */
@ApplicationModule(
        allowedDependencies = {"registry", "registry :: imports", "security", "audit", "spreadsheet", "shared"})
package org.innopark.app.pipeline;

import org.springframework.modulith.ApplicationModule;
