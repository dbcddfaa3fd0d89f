package org.innopark.app.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.innopark.app.security.AccountRefused;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rule refuses common passwords and their usual disguises, and lets unusual ones pass. */
class PasswordRuleTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Password1!",
                "Qwerty1234",
                "PASSWORD123!",
                "P@ssw0rd123",
                "2024Dragon!",
                "Woaini1314!",
                "Admin12345!",
                "Abcdefgh1!",
                "Asdfghjk12",
                "Zxcvbnm123!",
                "1Qaz2wsx3edc",
                "Iloveyou2025",
                "Changchun2025!",
                "Aaaaaaaaa1!",
                "Innopark2025!"
            })
    void refusesACommonPasswordOrADressedUpOne(String password) {
        assertThatThrownBy(() -> UserAdministration.checkPassword("someone", password, "password"))
                .isInstanceOfSatisfying(
                        AccountRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountRefused.Reason.PASSWORD_COMMON));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Good-Passw0rd-2025", "Tq8#mZ2!vLp", "Kaffee-Lueften-42", "长白山-Tianchi-77", "Dragonfly-Oboe-19"})
    void acceptsPasswordsThatAreNotCommon(String password) {
        assertThatCode(() -> UserAdministration.checkPassword("someone", password, "password"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "QWERTY", "5201314", "1qaz2wsx"})
    void theListIsComparedIgnoringCase(String password) {
        assertThat(CommonPasswords.isCommon(password)).isTrue();
        assertThat(CommonPasswords.isCommon(password.toUpperCase(java.util.Locale.ROOT)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh", "hgfedcba", "qwertyui", "lkjhgfds", "mnbvcxz"})
    void alphabetAndKeyboardRunsAreCommon(String run) {
        assertThat(CommonPasswords.run(run)).isTrue();
    }
}
