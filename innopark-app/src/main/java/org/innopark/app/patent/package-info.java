/**
 * Patent navigation (专利导航): patent files read in the fields of public patent data (Chinese headers or the Google
 * Patents dataset's English ones), IPC symbols and dates checked with the row and column of every problem; a park's
 * imports stored per park, tagged to chain nodes by the engine's versioned rules (each tag with its rule id and what
 * matched), its applicants linked to the park's registry enterprises with the evidence and the analysts' decisions
 * (audited), and the landscape per chain node over the park's patents.
 */
@ApplicationModule(allowedDependencies = {"registry", "registry :: imports", "security", "audit", "chain", "shared"})
package org.innopark.app.patent;

import org.springframework.modulith.ApplicationModule;
