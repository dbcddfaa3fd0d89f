/**
 * 审计日志: who changed what, when, with the record before and after, written in the same transaction as the change;
 * whole-file imports appear as events of their own. Uses the accounts of {@code security} to scope who reads it.
 */
@ApplicationModule(allowedDependencies = {"security", "shared"})
package org.innopark.app.audit;

import org.springframework.modulith.ApplicationModule;
