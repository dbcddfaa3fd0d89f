package org.innopark.app.monitor;

import java.util.ArrayList;
import java.util.List;
import org.innopark.app.registry.RegistryReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The monthly scan: every park's monthly reports are scanned on the cron {@code innopark.monitor.scan-cron}
 * (default 02:00 on the 6th, after the 5th by which firms report the month before; {@code -} turns it off) and the
 * new alerts and cases stored. A park whose scan fails is logged and the others still run.
 */
@Configuration
@EnableScheduling
class MonitorSchedule {

    private static final Logger log = LoggerFactory.getLogger(MonitorSchedule.class);

    private final MonitorScans scans;
    private final RegistryReads reads;

    MonitorSchedule(MonitorScans scans, RegistryReads reads) {
        this.scans = scans;
        this.reads = reads;
    }

    @Scheduled(cron = "${innopark.monitor.scan-cron:0 0 2 6 * *}")
    void monthly() {
        runAll();
    }

    /** Scans every park; the results of the parks that were scanned. */
    List<MonitorScans.Result> runAll() {
        List<MonitorScans.Result> results = new ArrayList<>();
        for (String park : reads.parkCodes()) {
            try {
                MonitorScans.Result r = scans.scanAndStore(park, MonitorScans.SCHEDULER);
                results.add(r);
                log.info(
                        "Monitoring scan of {}: {} alerts, {} new, {} new cases, {} joined open cases ({} s)",
                        park,
                        r.alerts(),
                        r.newAlerts(),
                        r.newCases(),
                        r.joinedCases(),
                        String.format(java.util.Locale.ROOT, "%.2f", r.seconds()));
            } catch (RuntimeException e) {
                log.error("Monitoring scan of park {} failed: {}", park, e.getMessage(), e);
            }
        }
        return results;
    }
}
