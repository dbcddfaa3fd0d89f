/** The command line: picocli commands that start the application context they need and run one operation. */
@ApplicationModule(
        allowedDependencies = {
            "registry",
            "registry :: imports",
            "security",
            "ladder",
            "points",
            "index",
            "monitor",
            "demo",
            "operations",
            "bulletin",
            "chain",
            "transfer",
            "report",
            "pipeline",
            "incubation",
            "talent",
            "patent"
        })
package org.innopark.app.cli;

import org.springframework.modulith.ApplicationModule;
