/**
 * The web console: server-rendered pages for every feature (sign-in, park overview, enterprises, ladder, points,
 * index, imports, user administration, audit log), the navigation and the language switch. A page composes the
 * public services of several features (the overview page shows the registry, the ladder and the points together),
 * so the pages live here, above the features, and no feature depends on the console.
 */
@ApplicationModule(
        allowedDependencies = {
            "registry",
            "registry :: imports",
            "security",
            "audit",
            "users",
            "ladder",
            "points",
            "index",
            "overview",
            "chain",
            "shared",
            "report",
            "pipeline",
            "monitor",
            "bulletin",
            "transfer",
            "incubation",
            "talent",
            "patent"
        })
package org.innopark.app.console;

import org.springframework.modulith.ApplicationModule;
