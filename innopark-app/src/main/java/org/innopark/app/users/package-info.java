/**
 * 用户管理: the accounts administrators manage (roles, parks, enabling, unlocking, password resets) and a user's own
 * password.
 */
@ApplicationModule(allowedDependencies = {"security", "audit", "registry"})
package org.innopark.app.users;

import org.springframework.modulith.ApplicationModule;
