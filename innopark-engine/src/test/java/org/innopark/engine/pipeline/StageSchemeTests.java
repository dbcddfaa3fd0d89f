package org.innopark.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.innopark.engine.registry.ProjectStage;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleNode;
import org.junit.jupiter.api.Test;

class StageSchemeTests {

    private static final StageScheme S = StageSchemes.shipped();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void shipsTheEightStagesAndTwoExitsInOrder() {
        assertThat(S.open()).extracting(Stage::zh).containsExactly("线索", "接洽", "在谈", "签约", "拟开工", "开工", "到资", "投产");
        assertThat(S.exits()).extracting(Stage::zh).containsExactly("终止", "流失");
        assertThat(S.header().source()).contains("竹溪县");
        assertThat(S.require("signed").requires())
                .containsExactly(PipelineField.CONTRACT_AMOUNT, PipelineField.DOCUMENT);
        assertThat(S.require("started").registry()).isEqualTo(ProjectStage.UNDER_CONSTRUCTION);
        assertThat(S.stale().returnAfterDays()).isGreaterThan(S.stale().remindAfterDays());
        assertThat(S.bigProjectYuan()).isEqualByComparingTo("100000000");
    }

    @Test
    void parsesNamesAndAliasesAsOfficersWriteThem() {
        assertThat(S.parse(" 竣工投产 ").orElseThrow().code()).isEqualTo("production");
        assertThat(S.parse("洽谈").orElseThrow().code()).isEqualTo("talks");
        assertThat(S.parse("In talks").orElseThrow().code()).isEqualTo("talks");
        assertThat(S.parse("signed").orElseThrow().zh()).isEqualTo("签约");
        assertThat(S.parse("已落地")).isEmpty();
    }

    @Test
    void signingWithoutItsAmountAndDocumentIsRefused() {
        assertThat(S.check("talks", DAY.minusDays(10), "signed", DAY, Map.of(), TODAY))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("合同(协议)投资额"))
                .anySatisfy(p -> assertThat(p).contains("依据文件"));
        assertThat(S.check(
                        "talks",
                        DAY.minusDays(10),
                        "signed",
                        DAY,
                        Map.of(
                                PipelineField.CONTRACT_AMOUNT,
                                new BigDecimal("2.5"),
                                PipelineField.DOCUMENT,
                                "合同2026-01"),
                        TODAY))
                .isEmpty();
    }

    @Test
    void theDateIsRequiredNotInTheFutureAndNotBeforeTheCurrentStage() {
        assertThat(S.check("lead", null, "contact", null, Map.of(), TODAY))
                .singleElement()
                .asString()
                .contains("首次接洽日期");
        assertThat(S.check("lead", null, "contact", TODAY.plusDays(1), Map.of(), TODAY))
                .singleElement()
                .asString()
                .contains("晚于今天");
        assertThat(S.check("lead", DAY, "contact", DAY.minusDays(1), Map.of(), TODAY))
                .singleElement()
                .asString()
                .contains("早于");
    }

    @Test
    void skippingStagesRequiresTheirFieldsAndMovingBackIsRefused() {
        var problems =
                S.check("talks", DAY.minusDays(30), "started", DAY, Map.of(PipelineField.DOCUMENT, "施工许可证"), TODAY);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("合同(协议)投资额").contains("跳过的签约"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("计划开工日期"));
        assertThat(S.check("started", DAY.minusDays(30), "talks", DAY, Map.of(), TODAY))
                .singleElement()
                .asString()
                .contains("不能从开工退回在谈");
    }

    @Test
    void anyOpenStageMayEndAndAClosedProjectOnlyReopensAsALead() {
        assertThat(S.check("funded", DAY, "lost", DAY, Map.of(), TODAY))
                .singleElement()
                .asString()
                .contains("原因");
        assertThat(S.check("funded", DAY, "lost", DAY, Map.of(PipelineField.REASON, "落户外省"), TODAY))
                .isEmpty();
        assertThat(S.check("lost", DAY, "talks", DAY, Map.of(), TODAY))
                .singleElement()
                .asString()
                .contains("只能重新进入线索");
        assertThat(S.check("lost", DAY, "lead", DAY, Map.of(), TODAY)).isEmpty();
    }

    @Test
    void aParkRenamesAndAddsStagesAndSetsItsOwnDays() {
        String park = """
                id: yy-pipeline
                base: innopark-pipeline
                name: {zh: 益阳高新区招商项目阶段}
                source: 益阳高新区投促局
                rename:
                  talks: {name: {zh: 洽谈, en: Negotiating}}
                add:
                  - code: filed
                    after: signed
                    name: {zh: 备案, en: Filed}
                    requires: [document]
                    registry: SIGNED
                stale: {remind-after-days: 15, return-after-days: 30}
                """;
        StageScheme p = StageSchemes.derive(S, RuleNode.parse("yy.yaml", new StringReader(park)));
        assertThat(p.open())
                .extracting(Stage::zh)
                .containsExactly("线索", "接洽", "洽谈", "签约", "备案", "拟开工", "开工", "到资", "投产");
        assertThat(p.parse("在谈").orElseThrow().code()).isEqualTo("talks");
        assertThat(p.stale().returnAfterDays()).isEqualTo(30);
        assertThat(p.header().nameZh()).isEqualTo("益阳高新区招商项目阶段");
        assertThat(p.check("signed", DAY, "planned-start", DAY, Map.of(PipelineField.PLANNED_START_DATE, DAY), TODAY))
                .singleElement()
                .asString()
                .contains("跳过的备案");
    }

    @Test
    void aBadFileIsRefusedWithItsLineAndWhatIsValid() {
        String bad = """
                id: bad
                base: innopark-pipeline
                add:
                  - code: filed
                    after: signd
                    name: 备案
                    registry: SIGNED
                """;
        assertThatThrownBy(() -> StageSchemes.derive(S, RuleNode.parse("bad.yaml", new StringReader(bad))))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining(":5")
                .hasMessageContaining("signed");
        String unknownField = """
                id: bad
                base: innopark-pipeline
                add:
                  - {code: filed, after: signed, name: 备案, registry: SIGNED, requires: [licence]}
                """;
        assertThatThrownBy(() -> StageSchemes.derive(S, RuleNode.parse("bad.yaml", new StringReader(unknownField))))
                .hasMessageContaining("licence")
                .hasMessageContaining("contract-amount");
    }
}
