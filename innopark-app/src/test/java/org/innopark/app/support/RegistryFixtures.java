package org.innopark.app.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.ParkLevel;
import org.innopark.engine.registry.RegionCode;
import org.innopark.engine.registry.ReportField;

/** Registry records built through the domain, for tests. */
public final class RegistryFixtures {

    private RegistryFixtures() {}

    public static Park changchun() {
        return new Park("CCHTZ", "长春高新技术产业开发区", ParkLevel.NATIONAL, RegionCode.of("220100"), "吉林省", "长春市", 1991);
    }

    public static Park changzhou() {
        return new Park("CZHTZ", "常州国家高新技术产业开发区", ParkLevel.NATIONAL, RegionCode.of("320400"), "江苏省", "常州市", 1992);
    }

    /** A valid credit code registered in the region, numbered n. */
    public static CreditCode code(String region, int n) {
        String first17 = "91" + region + String.format("%09d", n);
        return CreditCode.of(first17 + CreditCode.checkCharacter(first17));
    }

    public static Enterprise enterprise(Park park, int n, String name) {
        return new Enterprise(
                code(park.region().value(), n),
                name,
                LocalDate.of(2015, 3, 1),
                park.region(),
                IndustryCode.of("3911"),
                HighTechField.ELECTRONIC_INFORMATION,
                park.code(),
                null,
                ListingBoard.UNLISTED);
    }

    public static AnnualReport report(Enterprise e, int year, long employees, String revenueYuan, String rdYuan) {
        Map<ReportField, BigDecimal> f = new EnumMap<>(ReportField.class);
        f.put(ReportField.EMPLOYEES, BigDecimal.valueOf(employees));
        f.put(ReportField.OPERATING_REVENUE, new BigDecimal(revenueYuan));
        f.put(ReportField.RD_EXPENSE, new BigDecimal(rdYuan));
        return AnnualReport.of(e.creditCode(), year, f);
    }
}
