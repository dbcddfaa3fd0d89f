package org.innopark.app;

import org.innopark.app.shared.FiniteNumbers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/** The web API's JSON: non-finite numbers as null ({@link FiniteNumbers}). */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JacksonModule finiteNumbers() {
        return FiniteNumbers.module();
    }
}
