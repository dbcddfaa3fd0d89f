/** The InnoPark application: the Spring Boot web console, REST API and command line around the engine. */
package org.innopark.app;
