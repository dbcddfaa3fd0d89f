package org.innopark.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvestorNamesTests {

    @Test
    void oneInvestorWrittenSeveralWaysHasOneKey() {
        String key = InvestorNames.key("比亚迪股份有限公司");
        assertThat(key).isEqualTo("比亚迪");
        assertThat(InvestorNames.key("深圳市比亚迪股份有限公司")).isEqualTo(key);
        assertThat(InvestorNames.key("比亚迪（深圳）有限公司")).isEqualTo(key);
        assertThat(InvestorNames.key(" 比亚迪 股份有限公司 ")).isEqualTo(key);
        assertThat(InvestorNames.key("广东省深圳市比亚迪集团有限公司")).isEqualTo(key);
        assertThat(InvestorNames.key("ＡＢＣ Technology Co., Ltd.")).isEqualTo("abctechnology");
        assertThat(InvestorNames.key("比亚迪股份有限公司长沙分公司")).isEqualTo(key);
    }

    @Test
    void differentInvestorsKeepDifferentKeys() {
        assertThat(InvestorNames.key("宁德时代新能源科技股份有限公司")).isNotEqualTo(InvestorNames.key("宁波时代新材料科技有限公司"));
        assertThat(InvestorNames.key("中国建材股份有限公司")).isNotEmpty();
        assertThat(InvestorNames.key("")).isEmpty();
    }

    @Test
    void similarityIsHighForAVariantAndLowForAnotherFirm() {
        String a = InvestorNames.key("湖南中科电气股份有限公司");
        assertThat(InvestorNames.similarity(a, InvestorNames.key("湖南中科电气新材料有限公司")))
                .isGreaterThanOrEqualTo(0.6);
        assertThat(InvestorNames.similarity(a, InvestorNames.key("湖南华菱钢铁股份有限公司")))
                .isLessThan(0.3);
        assertThat(InvestorNames.similarity("ab", "ab")).isEqualTo(1.0);
        // a short name begins the full one
        assertThat(InvestorNames.near("湖南中科", a, 0.8)).isTrue();
        assertThat(InvestorNames.near("湖南", a, 0.8)).isFalse();
    }

    @Test
    void duplicatesByCodeAndNameAreRefusedAndASimilarNameIsWarned() {
        List<Duplicates.Existing> existing = List.of(
                new Duplicates.Existing("P1", "动力电池项目", "比亚迪股份有限公司", "91440300192317458F"),
                new Duplicates.Existing("P2", "储能项目", "湖南杉杉能源科技股份有限公司", null),
                new Duplicates.Existing("P3", "碳纤维项目", "吉林化纤集团有限责任公司", null));
        assertThat(Duplicates.find("N", "某公司", "91440300192317458F", existing, 0.8))
                .singleElement()
                .satisfies(h -> assertThat(h.kind()).isEqualTo(Duplicates.Kind.CREDIT_CODE));
        assertThat(Duplicates.find("N", "杉杉能源科技(湖南)股份有限公司", null, existing, 0.8))
                .extracting(Duplicates.Hit::kind)
                .contains(Duplicates.Kind.NEAR);
        assertThat(Duplicates.find("N", "深圳市比亚迪股份有限公司", null, existing, 0.8))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Duplicates.Kind.NAME);
                    assertThat(h.kind().refused()).isTrue();
                    assertThat(h.projectNo()).isEqualTo("P1");
                });
        assertThat(Duplicates.find("P1", "比亚迪股份有限公司", "91440300192317458F", existing, 0.8))
                .isEmpty();
        assertThat(Duplicates.find("N", "中国中车股份有限公司", null, existing, 0.8)).isEmpty();
    }

    @Test
    void theStaleRuleRemindsOnceThenReturnsTheLead() {
        StaleRule rule = new StaleRule(30, 60);
        var last = java.time.LocalDate.of(2026, 1, 1);
        assertThat(rule.assess(last, false, last.plusDays(29))).isEqualTo(StaleRule.Action.NONE);
        assertThat(rule.assess(last, false, last.plusDays(30))).isEqualTo(StaleRule.Action.REMIND);
        assertThat(rule.assess(last, true, last.plusDays(45))).isEqualTo(StaleRule.Action.NONE);
        assertThat(rule.assess(last, true, last.plusDays(60))).isEqualTo(StaleRule.Action.RETURN_TO_POOL);
        assertThat(rule.returnsOn(last)).isEqualTo(last.plusDays(60));
    }
}
