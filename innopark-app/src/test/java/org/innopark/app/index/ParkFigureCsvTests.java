package org.innopark.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.junit.jupiter.api.Test;

/** Parsing park-level figures and who may write them. */
class ParkFigureCsvTests {

    static CsvInputException failure(String csv) {
        try {
            ParkFigureStore.parse("f.csv", new StringReader(csv));
        } catch (CsvInputException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + csv);
    }

    @Test
    void parsesFiguresWithChineseHeadersAndAnOptionalSource() throws Exception {
        var rows = ParkFigureStore.parse(
                "f.csv",
                new StringReader(
                        "园区,指标,年份,数值,来源\nCZHTZ,area,2024,\"1,234.5\",统计公报\nCZHTZ,energyPerValueAdded,2024,0.31,\n"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).figure().value()).isEqualByComparingTo("1234.5");
        assertThat(rows.get(0).figure().source()).isEqualTo("统计公报");
        assertThat(rows.get(1).figure().source()).isNull();
    }

    @Test
    void everyBadCellIsNamedByRowAndColumn() {
        CsvInputException e = failure("park,key,year,value\nCZHTZ,9area,2024,1\nCZHTZ,area,1970,1\nCZHTZ,area,2024,\n");
        assertThat(e.problems())
                .extracting(CsvInputException.Problem::row, CsvInputException.Problem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "B (key)"),
                        org.assertj.core.groups.Tuple.tuple(3, "C (year)"),
                        org.assertj.core.groups.Tuple.tuple(4, "D (value)"));
    }

    @Test
    void anUnknownColumnAndAMissingOneAreErrors() {
        CsvInputException e = failure("park,key,jahr,value\nCZHTZ,area,2024,1\n");
        assertThat(e.getMessage()).contains("C (jahr)").contains("no column 'year'");
    }

    @Test
    void theSameFigureTwiceIsAnError() {
        CsvInputException e = failure("park,key,year,value\nCZHTZ,area,2024,1\nCZHTZ,area,2024,2\n");
        assertThat(e.getMessage()).contains("first in row 2");
    }

    @Test
    void parkUsersWriteTheirOwnParkAndTheSystemAdministratorAny() {
        var admin = new Accounts.Account("a", Role.SYSTEM_ADMIN, null, null, true);
        var analyst = new Accounts.Account("b", Role.PARK_ANALYST, "CZHTZ", null, true);
        var firm = new Accounts.Account("c", Role.ENTERPRISE, "CZHTZ", "91320400000000001X", true);
        var bank = new Accounts.Account("d", Role.BANK, "CZHTZ", null, true);
        assertThat(ParkFigureStore.mayWrite(admin, "XAHTZ")).isTrue();
        assertThat(ParkFigureStore.mayWrite(analyst, "CZHTZ")).isTrue();
        assertThat(ParkFigureStore.mayWrite(analyst, "XAHTZ")).isFalse();
        assertThat(List.of(ParkFigureStore.mayWrite(firm, "CZHTZ"), ParkFigureStore.mayWrite(bank, "CZHTZ")))
                .containsOnly(false);
    }

    @Test
    void contributionsAreForTheParksOwnUsers() {
        var analyst = new Accounts.Account("b", Role.PARK_ANALYST, "CZHTZ", null, true);
        var firm = new Accounts.Account("c", Role.ENTERPRISE, "CZHTZ", "91320400000000001X", true);
        assertThat(ParkIndex.access(analyst, "CZHTZ")).isEqualTo(ParkIndex.ContributionAccess.ALL_ENTERPRISES);
        assertThat(ParkIndex.access(analyst, "XAHTZ")).isEqualTo(ParkIndex.ContributionAccess.NONE);
        assertThat(ParkIndex.access(firm, "CZHTZ")).isEqualTo(ParkIndex.ContributionAccess.OWN_ENTERPRISE);
        assertThat(ParkIndex.access(new Accounts.Account("a", Role.SYSTEM_ADMIN, null, null, true), "XAHTZ"))
                .isEqualTo(ParkIndex.ContributionAccess.ALL_ENTERPRISES);
    }
}
