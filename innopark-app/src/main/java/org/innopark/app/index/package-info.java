/**
 * 园区创新指数: composite indices over the registry's parks (frameworks from the engine, park figures computed from
 * enterprise annual reports and imported park-level figures), with rank uncertainty, strengths and weaknesses, and
 * enterprise contributions limited to the caller's own park.
 */
@ApplicationModule(allowedDependencies = {"registry", "registry :: imports", "security", "audit"})
package org.innopark.app.index;

import org.springframework.modulith.ApplicationModule;
