package org.innopark.app.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.RegistryReads;
import org.innopark.engine.monitor.FirmProfile;
import org.innopark.engine.monitor.MonitorEvent;
import org.innopark.engine.monitor.Panel;
import org.innopark.engine.monitor.Period;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.CreditRecordType;
import org.innopark.engine.registry.Enterprise;

/**
 * A park's monthly reports and credit listings read from the registry as the engine's panel and events, in the same
 * units as an analyst's file (万元, 人, 千瓦时), so that a scan of the registry and a scan of the same figures as a CSV
 * raise the same alerts.
 */
final class RegistryPanel {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private RegistryPanel() {}

    static MonitorFiles.Input read(RegistryReads reads, String park) {
        Panel.Builder builder = Panel.builder();
        Map<String, String> names = new HashMap<>();
        for (Enterprise e : reads.enterprises(park, null)) {
            String code = e.creditCode().value();
            names.put(code, e.name());
            builder.profile(new FirmProfile(
                    code, e.name(), e.industry() == null ? null : e.industry().value(), e.registrationDate()));
        }
        reads.forEachMonthlyReport(park, null, m -> {
            if (m.reportsAnything()) {
                builder.row(
                        m.creditCode().value(),
                        Period.of(m.period().getYear(), m.period().getMonthValue()),
                        wan(m.revenue()),
                        wan(m.taxesPaid()),
                        m.insuredStaff() == null ? Double.NaN : m.insuredStaff(),
                        m.electricityKwh() == null
                                ? Double.NaN
                                : m.electricityKwh().doubleValue());
            }
        });
        return new MonitorFiles.Input(builder.build(), events(reads.listings(park)), names);
    }

    /** Listings as events: the listing on its date, the removal (when there is one) on its date. */
    static List<MonitorEvent> events(List<CreditRecord> records) {
        List<MonitorEvent> events = new ArrayList<>();
        for (CreditRecord r : records) {
            MonitorEvent.Type listed;
            MonitorEvent.Type removed;
            if (r.type() == CreditRecordType.ABNORMAL_OPERATION) {
                listed = MonitorEvent.Type.ABNORMAL_LISTED;
                removed = MonitorEvent.Type.ABNORMAL_REMOVED;
            } else if (r.type() == CreditRecordType.SERIOUS_VIOLATION) {
                listed = MonitorEvent.Type.SERIOUS_LISTED;
                removed = MonitorEvent.Type.SERIOUS_REMOVED;
            } else {
                continue;
            }
            String code = r.creditCode().value();
            String note = r.reason() != null ? r.reason().zh() : r.authority();
            events.add(new MonitorEvent(code, r.date(), listed, note));
            if (r.removedOn() != null) {
                events.add(new MonitorEvent(code, r.removedOn(), removed, null));
            }
        }
        return events;
    }

    private static double wan(BigDecimal yuan) {
        return yuan == null ? Double.NaN : yuan.divide(TEN_THOUSAND).doubleValue();
    }
}
