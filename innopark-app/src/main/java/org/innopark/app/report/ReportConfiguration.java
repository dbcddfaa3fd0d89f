package org.innopark.app.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The chart renderer is one per application and created on first use: loading ECharts in Rhino takes seconds. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    @Lazy
    ChartRenderer chartRenderer() {
        return new ChartRenderer();
    }
}
