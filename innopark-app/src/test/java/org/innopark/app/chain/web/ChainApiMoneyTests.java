package org.innopark.app.chain.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.innopark.engine.chain.Target;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The chain API gives money as yuan with two decimals, never in the exponent form of a binary double. */
class ChainApiMoneyTests {

    @Test
    void aTargetsRevenueIsWrittenAsPlainYuanWithTwoDecimals() {
        Target t = new Target(
                1, "91220101MA0000000X", "某某电池材料有限公司", "3985", "长春", 1.2786849609e8, 7.5, List.of(), List.of());
        String json = JsonMapper.builder().build().writeValueAsString(ChainApi.TargetView.of(t));
        assertThat(json).contains("\"revenueYuan\":127868496.09").doesNotContain("E8");
    }

    @Test
    void roundsToTheCentAndLeavesNonFiniteSumsEmpty() {
        assertThat(ChainApi.yuan(0.1 + 0.2)).hasToString("0.30");
        assertThat(ChainApi.yuan(36_358_725.765)).hasToString("36358725.77");
        assertThat(ChainApi.yuan(Double.NaN)).isNull();
    }
}
