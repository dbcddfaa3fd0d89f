package org.innopark.app.report;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the scheduled reports once a day ({@code innopark.reports.schedule-cron}, by default 06:15 server time; {@code -}
 * turns it off). What is due and not yet issued for its period is issued; a day missed while the server was down is
 * caught up at the next run.
 */
@Component
class ReportScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ReportScheduler.class);

    private final ReportSchedules schedules;

    ReportScheduler(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    @Scheduled(cron = "${innopark.reports.schedule-cron:0 15 6 * * *}")
    void daily() {
        List<ParkReports.Issued> issued = schedules.runDue(LocalDate.now());
        if (!issued.isEmpty()) {
            LOG.info("定期报告已生成 {} 份 / scheduled reports issued: {}", issued.size(), issued.size());
        }
    }
}
