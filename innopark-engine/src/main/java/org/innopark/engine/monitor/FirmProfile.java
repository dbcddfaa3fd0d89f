package org.innopark.engine.monitor;

import java.time.LocalDate;

/**
 * What the monitoring knows of an enterprise besides its reports: its name, its GB/T 4754 industry (大类 or finer)
 * for the peer groups, and its registration date for the ramp-up of young firms. Every part but the code may be
 * unknown (null).
 */
public record FirmProfile(String creditCode, String name, String industry, LocalDate registered) {

    /** The 大类 (two digits) of the industry, or null. */
    public String division() {
        return industry == null || industry.length() < 2 ? null : industry.substring(0, 2);
    }
}
