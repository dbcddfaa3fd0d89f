package org.innopark.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * An integration test on the embedded default database engine, H2 in PostgreSQL mode (in memory, so that runs
 * never see each other's data). Every class so annotated shares one cached application context, with MockMvc.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:innopark-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "innopark.admin-password=" + TestAccounts.ADMIN_PASSWORD,
            TestAccounts.CHEAP_BCRYPT,
            "logging.level.root=WARN"
        })
@AutoConfigureMockMvc
public @interface H2IntegrationTest {}
