/** A park at a glance, as the bulletins describe it: headline figures by year, the held ladder, distributions. */
@ApplicationModule(allowedDependencies = {"registry", "security", "points"})
package org.innopark.app.overview;

import org.springframework.modulith.ApplicationModule;
