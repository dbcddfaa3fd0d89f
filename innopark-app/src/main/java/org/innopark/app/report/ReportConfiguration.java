package org.innopark.app.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The chart renderer is one per application and created on first use: loading ECharts in Rhino takes seconds. The
 * scheduled reports run on Spring's scheduler ({@link ReportScheduler}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportConfiguration {

    @Bean
    @Lazy
    ChartRenderer chartRenderer() {
        return new ChartRenderer();
    }
}
