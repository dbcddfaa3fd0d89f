package org.innopark.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * At full size the calibrated park's figures land near the published ones. Tolerances: ±10 % for the counts derived
 * from enterprise figures that are in the hundreds (高企, 科小, 专精特新), ±25 % for the provincial/municipal split,
 * ±50 % for the 18 little giants (small numbers), exact for the counts scaled from the table (incubators, platforms,
 * contracts) and ±15 % for the heavy-tailed contract turnover.
 */
class CalibrationTests {

    private static final Calibration TABLE = Calibration.get();
    private static DemoSummary.ParkFigures park;

    @BeforeAll
    static void generateFullSize() {
        DemoSummary summary = new DemoPopulation()
                .generate(
                        DemoSpec.defaults().withEnterprises(DemoPopulation.fullSizeEnterprises()), new CountingSink());
        park = summary.park(DemoPopulation.calibratedParkCode());
    }

    private static double target(String key) {
        return TABLE.value(key).doubleValue();
    }

    @Test
    void fullSizeGivesTheCalibratedParkItsFullSize() {
        assertThat(DemoPopulation.calibratedParkCode()).isEqualTo("CCHTZ");
        assertThat(park.enterprises()).isEqualTo(TABLE.fullSize()).isEqualTo(2400);
    }

    @Test
    void highTechEnterprisesLandNearThePublishedCount() {
        assertThat((double) park.highTech()).isCloseTo(target("highTech"), within(0.10 * target("highTech")));
    }

    @Test
    void techSmesLandNearThePublishedCount() {
        assertThat((double) park.techSmes()).isCloseTo(target("techSmes"), within(0.10 * target("techSmes")));
    }

    @Test
    void srdiEnterprisesLandNearThePublishedCounts() {
        assertThat((double) park.srdi()).isCloseTo(target("srdi"), within(0.10 * target("srdi")));
        assertThat((double) park.srdiProvincial())
                .isCloseTo(target("srdiProvincial"), within(0.25 * target("srdiProvincial")));
        assertThat((double) park.srdiMunicipal())
                .isCloseTo(target("srdiMunicipal"), within(0.25 * target("srdiMunicipal")));
        assertThat((double) park.littleGiants())
                .isCloseTo(target("littleGiants"), within(0.50 * target("littleGiants")));
    }

    @Test
    void parkLevelRecordsMatchTheTableAtFullSize() {
        assertThat(park.incubators()).isEqualTo(TABLE.value("incubators").longValueExact());
        assertThat(park.contracts()).isEqualTo(TABLE.value("contracts").longValueExact());
        long calibratedPlatforms = 0;
        for (String key : new String[] {
            "keyLabsNational",
            "engineeringCentresNational",
            "newRdInstitutes",
            "academicianWorkstations",
            "publicServicePlatforms",
            "enterpriseTechCentres",
            "engineeringTechCentres",
            "postdocWorkstations"
        }) {
            calibratedPlatforms += TABLE.value(key).longValueExact();
        }
        assertThat(park.platforms()).isEqualTo(calibratedPlatforms);
        assertThat(park.contractTurnover().doubleValue())
                .isCloseTo(target("contractTurnover"), within(0.15 * target("contractTurnover")));
    }

    @Test
    void everyRowOfTheTableStatesItsSource() {
        assertThat(TABLE.rows().values())
                .allSatisfy(row -> assertThat(row.source()).matches("(fact|assumption): .+"));
    }
}
