/** Demo data: a generated, realistic park population loaded into the registry for trying the platform. */
@ApplicationModule(allowedDependencies = {"registry"})
package org.innopark.app.demo;

import org.springframework.modulith.ApplicationModule;
