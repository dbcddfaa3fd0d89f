/**
 * Who may do what: accounts, roles, the login, and the park scope every read is filtered by. Depends on no other
 * feature, so that every feature may ask it.
 */
@ApplicationModule(allowedDependencies = {})
package org.innopark.app.security;

import org.springframework.modulith.ApplicationModule;
