/** Planted module a: declares b only, uses b and c. */
@ApplicationModule(allowedDependencies = {"b"})
package org.innopark.boundaryfixture.a;

import org.springframework.modulith.ApplicationModule;
