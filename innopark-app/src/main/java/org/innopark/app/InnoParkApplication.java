package org.innopark.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application; started by {@link org.innopark.app.cli.InnoParkMain} for the web server and for every CLI command. */
@SpringBootApplication
@org.springframework.modulith.Modulithic(sharedModules = {"shared", "spreadsheet"})
public class InnoParkApplication {}
