/**
 * The registry: storing and reading parks, enterprises, annual reports and the other innovation subjects. The only
 * package that runs SQL on the registry's tables: other features read through {@link
 * org.innopark.app.registry.RegistryReads}, {@link org.innopark.app.registry.RegistryStatistics}, {@link
 * org.innopark.app.registry.RegistryQueries} and {@link org.innopark.app.registry.EnterpriseSearch}.
 */
@ApplicationModule(allowedDependencies = {"security", "audit", "shared"})
package org.innopark.app.registry;

import org.springframework.modulith.ApplicationModule;
