/** Small value types that every feature may use and that depend on nothing of the application: a page of a list. */
@ApplicationModule(allowedDependencies = {})
package org.innopark.app.shared;

import org.springframework.modulith.ApplicationModule;
