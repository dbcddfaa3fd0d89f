/**
 * Patent navigation (专利导航): patent files read in the fields of public patent data (Chinese headers or the Google
 * Patents dataset's English ones), IPC symbols and dates checked with the row and column of every problem, tagged to
 * chain nodes by the engine's versioned rules, and the landscape per chain node.
 */
@ApplicationModule(allowedDependencies = {"registry :: imports"})
package org.innopark.app.patent;

import org.springframework.modulith.ApplicationModule;
