/**
 * Operating the platform safely: the data directory checked before the database is opened, and a health indicator
 * that says whether the database can be written.
 */
@ApplicationModule(allowedDependencies = {})
package org.innopark.app.operations;

import org.springframework.modulith.ApplicationModule;
