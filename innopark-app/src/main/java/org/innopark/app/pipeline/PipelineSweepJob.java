package org.innopark.app.pipeline;

import org.innopark.app.registry.RegistryReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * 线索回收 every morning: the stale rule of each park's stage file on its leads (reminders, then back to the pool),
 * audited as {@code system}. The time is {@code innopark.pipeline.sweep-cron} (default 07:00; "-" turns it off).
 */
@Configuration
@EnableScheduling
class PipelineSweepJob {

    private static final Logger log = LoggerFactory.getLogger(PipelineSweepJob.class);

    private final Pipeline pipeline;
    private final RegistryReads registry;

    PipelineSweepJob(Pipeline pipeline, RegistryReads registry) {
        this.pipeline = pipeline;
        this.registry = registry;
    }

    @Scheduled(cron = "${innopark.pipeline.sweep-cron:0 0 7 * * *}")
    void sweep() {
        for (String park : registry.parkCodes()) {
            var counts = pipeline.sweep("system", park);
            log.info("pipeline sweep {}: {}", park, counts);
        }
    }
}
