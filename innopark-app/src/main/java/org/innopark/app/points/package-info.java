/**
 * Enterprise innovation points (企业创新积分) over the registry: park rankings, the 百强 list, movers against the
 * previous year, explanations, enterprises' consent to share their points with banks, and the bank list.
 */
@ApplicationModule(allowedDependencies = {"registry", "registry :: imports", "security", "audit"})
package org.innopark.app.points;

import org.springframework.modulith.ApplicationModule;
