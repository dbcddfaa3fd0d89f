package org.innopark.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.RegionCode;
import org.junit.jupiter.api.Test;

class CodesAndNamesTests {

    private static final RegionCode CHANGCHUN = RegionCode.of("220173");

    @Test
    void buildsValidCreditCodesUpToTenMillionEnterprises() {
        for (long index : new long[] {0, 1, 999_999, 9_999_999}) {
            CreditCode code = CreditCodes.of(CHANGCHUN, index);
            assertThat(CreditCode.isValid(code.value())).isTrue();
            assertThat(code.value()).startsWith("91220173");
        }
    }

    @Test
    void neverRepeatsACreditCodeInSampledRanges() {
        Set<String> seen = new HashSet<>();
        for (long start : new long[] {0, 4_999_000, 9_950_000}) {
            for (long i = start; i < start + 50_000; i++) {
                assertThat(seen.add(CreditCodes.of(CHANGCHUN, i).value())).isTrue();
            }
        }
    }

    @Test
    void computesTheGb11714CheckCharacter() {
        // Worked by hand: 1×3 + 2×7 + 3×9 + 4×10 + 5×5 + 6×8 + 7×4 + 8×2 = 201; 201 mod 11 = 3; 11 − 3 = 8.
        assertThat(CreditCodes.organisationCheck("12345678")).isEqualTo('8');
        // 0 → 11 − 0 = 11 → '0'.
        assertThat(CreditCodes.organisationCheck("00000000")).isEqualTo('0');
    }

    @Test
    void givesDistinctBrandsAcrossTheTwoAndThreeSyllableTiers() {
        int s = Names.SYLLABLES.length();
        Set<String> brands = new HashSet<>();
        long count = (long) s * s + (long) s * s * s;
        for (long k = 0; k < count; k++) {
            brands.add(Names.brand(k));
        }
        assertThat(brands).hasSize((int) count);
        assertThat(Names.brand(0)).hasSize(2);
        assertThat(Names.brand(count)).hasSize(4);
    }

    @Test
    void writesChineseOrdinals() {
        assertThat(Names.ordinal(2)).isEqualTo("二");
        assertThat(Names.ordinal(10)).isEqualTo("十");
        assertThat(Names.ordinal(23)).isEqualTo("二十三");
        assertThat(Names.ordinal(120)).isEqualTo("120");
    }

    @Test
    void apportionsEnterprisesExactlyByParkWeight() {
        assertThat(ParkCatalogue.apportion(1000)).containsExactly(80, 100, 120, 170, 140, 200, 160, 30);
        assertThat(java.util.Arrays.stream(ParkCatalogue.apportion(7)).sum()).isEqualTo(7);
        assertThat(java.util.Arrays.stream(ParkCatalogue.apportion(1)).sum()).isEqualTo(1);
    }
}
