package org.innopark.app.cli;

import java.util.Map;
import org.innopark.app.InnoParkApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context a command needs: the web server for {@code serve}, no server otherwise. */
final class Contexts {

    private Contexts() {}

    static ConfigurableApplicationContext start(DatabaseOptions db, Map<String, Object> extra, boolean web) {
        SpringApplication app = new SpringApplication(InnoParkApplication.class);
        app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        Map<String, Object> properties = new java.util.LinkedHashMap<>(db.properties());
        properties.putAll(extra);
        if (!web) {
            properties.putIfAbsent("logging.level.root", "WARN");
        }
        app.setDefaultProperties(properties);
        return app.run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }
}
