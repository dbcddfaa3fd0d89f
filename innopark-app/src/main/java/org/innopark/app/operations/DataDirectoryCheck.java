package org.innopark.app.operations;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Refuses to start, before the database is opened, when the embedded database's directory is read-only or full:
 * one message (see {@link Analyzer}) instead of an application that answers every login with an error.
 */
@Configuration(proxyBeanMethods = false)
public class DataDirectoryCheck {

    static final String MIN_FREE = "innopark.data-dir.min-free-bytes";

    @Bean
    static BeanFactoryPostProcessor dataDirectoryIsWritable(Environment environment) {
        return beanFactory -> DataDirectory.of(environment.getProperty("spring.datasource.url"))
                .ifPresent(dir -> DataDirectory.require(
                        dir, environment.getProperty(MIN_FREE, Long.class, DataDirectory.DEFAULT_MIN_FREE_BYTES)));
    }

    /** Prints the problem and what to do, without a stack trace. */
    public static final class Analyzer extends AbstractFailureAnalyzer<DataDirectory.Unusable> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, DataDirectory.Unusable cause) {
            return new FailureAnalysis(
                    cause.getMessage(),
                    "修正数据目录后重新启动 / fix the data directory (--data-dir, innopark.data-dir) and start again",
                    cause);
        }
    }
}
