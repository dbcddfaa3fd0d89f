package org.innopark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicantLinkerTests {

    private final ApplicantLinker linker = new ApplicantLinker(List.of(
            new ApplicantLinker.Enterprise("91320500MA1XXXXXX1", "苏州恒锂新能源科技股份有限公司"),
            new ApplicantLinker.Enterprise("91320500MA1XXXXXX2", "比亚迪汽车工业有限公司"),
            new ApplicantLinker.Enterprise("91320500MA1XXXXXX3", "长春光伏材料有限公司"),
            new ApplicantLinker.Enterprise("91320500MA1XXXXXX4", "华东储能（苏州）有限公司"),
            new ApplicantLinker.Enterprise("91320500MA1XXXXXX5", "华东储能（无锡）有限公司")));

    @Test
    void normalisesWidthsSpacesBranchesAndLegalForms() {
        ApplicantName n = ApplicantName.of(" 苏州恒锂新能源科技股份有限公司 深圳分公司 ");
        assertThat(n.normalised()).isEqualTo("苏州恒锂新能源科技股份有限公司深圳分公司");
        assertThat(n.parent()).isEqualTo("苏州恒锂新能源科技股份有限公司");
        assertThat(n.branch()).isEqualTo("深圳分公司");
        assertThat(n.core()).isEqualTo("苏州恒锂新能源科技");
        ApplicantName bracketed = ApplicantName.of("华东储能（苏州）有限公司");
        assertThat(bracketed.normalised()).isEqualTo("华东储能(苏州)有限公司");
        assertThat(bracketed.coreWithoutBrackets()).isEqualTo("华东储能");
        assertThat(ApplicantName.of("ＡＢＣ电池有限公司").normalised()).isEqualTo("ABC电池有限公司");
        assertThat(ApplicantName.of("张伟").looksLikePerson()).isTrue();
        assertThat(ApplicantName.of("天合光能").looksLikePerson()).isFalse();
        assertThat(ApplicantName.of("浙江大学").looksLikePerson()).isFalse();
    }

    @Test
    void linksByCreditCodeFirstThenByNameWithTheEvidence() {
        assertThat(linker.link("随便写的名称", "91320500MA1XXXXXX3").orElseThrow().evidence())
                .isEqualTo(LinkEvidence.CREDIT_CODE);
        ApplicantLink same = linker.link("苏州恒锂新能源科技股份有限公司", null).orElseThrow();
        assertThat(same.evidence()).isEqualTo(LinkEvidence.SAME_NAME);
        assertThat(same.needsConfirmation()).isFalse();
        ApplicantLink branch = linker.link("苏州恒锂新能源科技股份有限公司无锡分公司", null).orElseThrow();
        assertThat(branch.evidence()).isEqualTo(LinkEvidence.BRANCH_OF);
        assertThat(branch.creditCode()).isEqualTo("91320500MA1XXXXXX1");
        ApplicantLink form = linker.link("苏州恒锂新能源科技有限公司", null).orElseThrow();
        assertThat(form.evidence()).isEqualTo(LinkEvidence.SAME_CORE);
        assertThat(form.needsConfirmation()).isTrue();
        assertThat(form.confidence()).isLessThan(same.confidence());
    }

    @Test
    void anAmbiguousLinkGoesToTheAnalystWithTheAlternatives() {
        ApplicantLink l = linker.link("华东储能有限公司", null).orElseThrow();
        assertThat(l.evidence()).isEqualTo(LinkEvidence.SAME_CORE_WITHOUT_BRACKETS);
        assertThat(l.needsConfirmation()).isTrue();
        assertThat(l.alternatives()).hasSize(1);
        assertThat(l.explanation()).contains("另有 1 家企业同样匹配");
    }

    @Test
    void doesNotLinkPeopleOrStrangers() {
        assertThat(linker.link("张伟", null)).isEmpty();
        assertThat(linker.link("宁波某某电池有限公司", null)).isEmpty();
    }
}
