package org.innopark.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected check characters come from credit_code_check.py in the test resources, an independent implementation. */
class CreditCodeTests {

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y4, 3",
        "91110108551385082, Q",
        "91320500MA1MX0G01, P",
        "91220101MA0Y3ABC1, T",
    })
    void computesTheCheckCharacterOfGb32100(String first17, char expected) {
        assertThat(CreditCode.checkCharacter(first17)).isEqualTo(expected);
        assertThat(CreditCode.of(first17 + expected).value()).isEqualTo(first17 + expected);
    }

    @Test
    void acceptsLowerCaseAndBlanksAroundTheCode() {
        assertThat(CreditCode.of("  91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void rejectsCreditCodeWithWrongCheckCharacter() {
        assertThatThrownBy(() -> CreditCode.of("91350100M000100Y44"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("should be '3'")
                .satisfies(
                        e -> assertThat(((InvalidValueException) e).messageZh()).contains("校验位错误"));
    }

    @Test
    void rejectsCodesOfTheWrongLength() {
        assertThatThrownBy(() -> CreditCode.of("91350100M000100Y4")).hasMessageContaining("has 17");
        assertThatThrownBy(() -> CreditCode.of("91350100M000100Y433")).hasMessageContaining("has 19");
    }

    @ParameterizedTest
    @CsvSource({"I", "O", "S", "V", "Z"})
    void rejectsLettersTheStandardNeverUses(String letter) {
        String code = "9135010" + letter + "M000100Y43";
        assertThatThrownBy(() -> CreditCode.of(code)).hasMessageContaining("character 8");
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void exposesTheRegistrationRegion() {
        assertThat(CreditCode.of("91350100M000100Y43").registrationRegion()).isEqualTo("350100");
    }
}
