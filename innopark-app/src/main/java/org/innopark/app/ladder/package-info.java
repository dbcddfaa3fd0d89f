/**
 * 梯度培育: assesses a park's enterprises against the qualification schemes of the cultivation ladder, from the
 * registry (read through its read API, within the reader's scope) or from an analyst's spreadsheet, and exports
 * the verdicts.
 */
@ApplicationModule(allowedDependencies = {"registry", "registry :: imports", "security"})
package org.innopark.app.ladder;

import org.springframework.modulith.ApplicationModule;
