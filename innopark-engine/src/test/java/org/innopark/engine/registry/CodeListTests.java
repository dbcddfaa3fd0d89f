package org.innopark.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeListTests {

    @Test
    void industryCodeAcceptsDivisionGroupAndClassWithOrWithoutSection() {
        assertThat(IndustryCode.of("39").divisionName()).isEqualTo("计算机、通信和其他电子设备制造业");
        assertThat(IndustryCode.of("C3911").value()).isEqualTo("3911");
        assertThat(IndustryCode.of("c27").section()).isEqualTo("C");
        assertThat(IndustryCode.of("6513").section()).isEqualTo("I");
        assertThat(IndustryCode.divisions()).hasSize(97).containsEntry("73", "研究和试验发展");
    }

    @Test
    void industryCodeRejectsDivisionsOutsideTheStandard() {
        assertThatThrownBy(() -> IndustryCode.of("98")).hasMessageContaining("division 98");
        assertThatThrownBy(() -> IndustryCode.of("00")).hasMessageContaining("01-97");
        assertThatThrownBy(() -> IndustryCode.of("D3911")).hasMessageContaining("should be C");
        assertThatThrownBy(() -> IndustryCode.of("39111")).hasMessageContaining("2 to 4 digits");
    }

    @Test
    void regionCodeChecksFormAndProvince() {
        assertThat(RegionCode.of("220100").province()).isEqualTo("吉林省");
        assertThatThrownBy(() -> RegionCode.of("990100")).hasMessageContaining("province");
        assertThatThrownBy(() -> RegionCode.of("22010")).hasMessageContaining("6 digits");
    }

    @Test
    void enumsParseCodesAndChineseNames() {
        assertThat(QualificationType.parse("高新技术企业")).isEqualTo(QualificationType.HIGH_TECH);
        assertThat(QualificationType.parse("high_tech")).isEqualTo(QualificationType.HIGH_TECH);
        assertThat(HighTechField.parse(" 新材料 ")).isEqualTo(HighTechField.NEW_MATERIALS);
        assertThatThrownBy(() -> CarrierType.parse("写字楼"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(
                        e -> assertThat(((InvalidValueException) e).messageZh()).contains("众创空间、孵化器"));
    }

    @Test
    void parkCodesAreNormalisedAndChecked() {
        assertThat(ParkCode.check(" cchtz ")).isEqualTo("CCHTZ");
        assertThatThrownBy(() -> ParkCode.check("长春")).hasMessageContaining("not valid");
    }
}
