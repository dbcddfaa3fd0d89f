package org.innopark.app.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.AccountRefused;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.app.support.TwoParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * User administration, written once and run on every database (one subclass each), through
 * {@link UserAdministration}: creating and listing accounts, a park administrator's reach, the last system
 * administrator kept, password resets and changes, each change audited.
 */
abstract class UserAdministrationContract {

    static final String GOOD = "Neue-Passw0rt-2025";

    @Autowired
    UserAdministration users;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    RegistryStore store;

    @Autowired
    JdbcTemplate jdbc;

    TwoParks parks;

    @BeforeEach
    void twoParks() {
        parks = new TwoParks(jdbc, store, accounts);
    }

    Accounts.Account actor(String username) {
        return accounts.find(username).orElseThrow();
    }

    static void refused(ThrowingCallable call, AccountRefused.Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        AccountRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** Whether the password is the account's now, as a sign-in would check it. */
    boolean signsIn(String username, String password) {
        return encoder.matches(password, accounts.loadUserByUsername(username).getPassword());
    }

    private List<String> auditedActions(String username) {
        return audit
                .search(null, new AuditLog.Filter(null, AuditLog.Entity.ACCOUNT, null, null), 0, 100)
                .items()
                .stream()
                .filter(e -> e.entityKey().equals(username))
                .map(e -> e.username() + " " + e.action())
                .toList();
    }

    @Test
    void theSystemAdministratorCreatesAnAccountThatSignsInAndIsAudited() {
        var created = users.create(
                actor("admin"),
                new UserAdministration.NewAccount(
                        " a-firm2 ",
                        GOOD,
                        Role.ENTERPRISE,
                        TwoParks.A,
                        parks.aFirm2.creditCode().value().toLowerCase()));
        assertThat(created.username()).isEqualTo("a-firm2");
        assertThat(created.role()).isEqualTo(Role.ENTERPRISE);
        assertThat(created.parkCode()).isEqualTo(TwoParks.A);
        assertThat(created.creditCode()).isEqualTo(parks.aFirm2.creditCode().value());
        assertThat(created.enabled()).isTrue();
        assertThat(created.locked()).isFalse();
        assertThat(created.createdAt()).isNotNull();
        assertThat(users.get(actor("admin"), "a-firm2")).isEqualTo(created);
        assertThat(signsIn("a-firm2", GOOD)).isTrue();
        assertThat(signsIn("a-firm2", TwoParks.PASSWORD)).isFalse();
        AuditLog.Event event = audit.search(TwoParks.A, new AuditLog.Filter("admin", null, null, null), 0, 10)
                .items()
                .get(0);
        assertThat(event.action()).isEqualTo("CREATE");
        assertThat(event.entityKey()).isEqualTo("a-firm2");
        assertThat(event.before()).isNull();
        assertThat(event.after().get("role").asString()).isEqualTo("ENTERPRISE");
        assertThat(event.after().toString()).doesNotContain("password", "$2a$");
    }

    @Test
    void refusesWhatTheRulesDoNotAllowAndCreatesNothing() {
        var admin = actor("admin");
        refused(
                () -> users.create(admin, new UserAdministration.NewAccount("x", GOOD, Role.BANK, TwoParks.A, null)),
                AccountRefused.Reason.USERNAME_INVALID);
        refused(
                () -> users.create(
                        admin, new UserAdministration.NewAccount("a-analyst", GOOD, Role.BANK, TwoParks.A, null)),
                AccountRefused.Reason.USERNAME_TAKEN);
        refused(
                () -> users.create(
                        admin, new UserAdministration.NewAccount("new-bank", "short1A", Role.BANK, TwoParks.A, null)),
                AccountRefused.Reason.PASSWORD_TOO_SHORT);
        refused(
                () -> users.create(
                        admin,
                        new UserAdministration.NewAccount("new-bank", "alllowercase1", Role.BANK, TwoParks.A, null)),
                AccountRefused.Reason.PASSWORD_TOO_SIMPLE);
        refused(
                () -> users.create(
                        admin, new UserAdministration.NewAccount("new-bank", GOOD, Role.BANK, "NOSUCH", null)),
                AccountRefused.Reason.PARK_UNKNOWN);
        refused(
                () -> users.create(admin, new UserAdministration.NewAccount("new-bank", GOOD, Role.BANK, " ", null)),
                AccountRefused.Reason.PARK_MISSING);
        refused(
                () -> users.create(
                        admin,
                        new UserAdministration.NewAccount(
                                "new-firm", GOOD, Role.ENTERPRISE, TwoParks.A, parks.bFirmCode())),
                AccountRefused.Reason.ENTERPRISE_NOT_IN_PARK);
        assertThat(accounts.find("new-bank")).isEmpty();
        assertThat(accounts.find("new-firm")).isEmpty();
        assertThat(auditedActions("new-bank")).isEmpty();
    }

    @Test
    void theSystemAdministratorListsEveryAccountByParkThenName() {
        assertThat(users.list(actor("admin")))
                .extracting(UserAdministration.AccountView::username)
                .containsExactly("admin", "a-admin", "a-analyst", "a-bank", "a-firm", "b-admin", "b-analyst", "b-firm");
    }

    @Test
    void aParkAdministratorSeesAndManagesOnlyItsOwnParksAccounts() {
        var aAdmin = actor("a-admin");
        assertThat(users.list(aAdmin))
                .extracting(UserAdministration.AccountView::username)
                .containsExactly("a-admin", "a-analyst", "a-bank", "a-firm");
        refused(() -> users.get(aAdmin, "b-analyst"), AccountRefused.Reason.NO_SUCH_ACCOUNT);
        refused(() -> users.get(aAdmin, "admin"), AccountRefused.Reason.NO_SUCH_ACCOUNT);
        refused(() -> users.get(aAdmin, "nobody"), AccountRefused.Reason.NO_SUCH_ACCOUNT);
        refused(() -> users.setEnabled(aAdmin, "b-analyst", false), AccountRefused.Reason.NO_SUCH_ACCOUNT);
        refused(
                () -> users.create(
                        aAdmin, new UserAdministration.NewAccount("a-spy", GOOD, Role.PARK_ANALYST, TwoParks.B, null)),
                AccountRefused.Reason.OTHER_PARK);
        refused(
                () -> users.create(
                        aAdmin, new UserAdministration.NewAccount("a-root", GOOD, Role.SYSTEM_ADMIN, null, null)),
                AccountRefused.Reason.ROLE_NOT_ALLOWED);
        refused(
                () -> users.rebind(
                        aAdmin, "a-analyst", new UserAdministration.Binding(Role.PARK_ANALYST, TwoParks.B, null)),
                AccountRefused.Reason.OTHER_PARK);
        // Without a park, the account is the administrator's park's.
        assertThat(users.create(
                                aAdmin,
                                new UserAdministration.NewAccount("a-analyst2", GOOD, Role.PARK_ANALYST, null, null))
                        .parkCode())
                .isEqualTo(TwoParks.A);
        assertThat(users.setEnabled(aAdmin, "a-analyst", false).enabled()).isFalse();
        assertThat(accounts.find("b-analyst").orElseThrow().enabled()).isTrue();
        assertThat(accounts.find("a-spy")).isEmpty();
        assertThat(UserAdministration.assignableRoles(aAdmin)).doesNotContain(Role.SYSTEM_ADMIN);
    }

    @Test
    void nobodyButAdministratorsManagesAccounts() {
        for (String user : List.of("a-analyst", "a-firm", "a-bank")) {
            refused(() -> users.list(actor(user)), AccountRefused.Reason.NOT_ALLOWED);
            refused(() -> users.get(actor(user), user), AccountRefused.Reason.NOT_ALLOWED);
            refused(
                    () -> users.create(
                            actor(user),
                            new UserAdministration.NewAccount("sneaky", GOOD, Role.BANK, TwoParks.A, null)),
                    AccountRefused.Reason.NOT_ALLOWED);
        }
        assertThat(accounts.find("sneaky")).isEmpty();
    }

    @Test
    void theLastEnabledSystemAdministratorCanBeNeitherDisabledNorDemoted() {
        var admin = actor("admin");
        refused(() -> users.setEnabled(admin, "admin", false), AccountRefused.Reason.OWN_ACCOUNT);
        users.create(admin, new UserAdministration.NewAccount("root2", GOOD, Role.SYSTEM_ADMIN, null, null));
        var root2 = actor("root2");
        // root2 disables admin: root2 is then the last one
        assertThat(users.setEnabled(root2, "admin", false).enabled()).isFalse();
        refused(
                () -> users.rebind(root2, "root2", new UserAdministration.Binding(Role.PARK_ADMIN, TwoParks.A, null)),
                AccountRefused.Reason.OWN_ACCOUNT);
        // admin, disabled but asking with the account it had, may neither disable nor demote the last one
        refused(() -> users.setEnabled(admin, "root2", false), AccountRefused.Reason.LAST_SYSTEM_ADMIN);
        refused(
                () -> users.rebind(admin, "root2", new UserAdministration.Binding(Role.PARK_ADMIN, TwoParks.A, null)),
                AccountRefused.Reason.LAST_SYSTEM_ADMIN);
        // with admin enabled again, root2 may be demoted
        assertThat(users.setEnabled(root2, "admin", true).enabled()).isTrue();
        var demoted =
                users.rebind(admin, "root2", new UserAdministration.Binding(Role.PARK_ADMIN, TwoParks.A, "ignored"));
        assertThat(demoted.role()).isEqualTo(Role.PARK_ADMIN);
        assertThat(demoted.parkCode()).isEqualTo(TwoParks.A);
        assertThat(demoted.creditCode()).isNull();
        assertThat(auditedActions("admin")).containsExactly("root2 ENABLE", "root2 DISABLE");
        assertThat(auditedActions("root2")).containsExactly("admin UPDATE", "admin CREATE");
    }

    @Test
    void aResetPasswordWorksEndsALockoutAndIsAuditedWithoutTheHash() {
        for (int i = 0; i < 10 && !users.get(actor("a-admin"), "a-analyst").locked(); i++) {
            accounts.loginFailed("a-analyst");
        }
        assertThat(users.get(actor("a-admin"), "a-analyst").locked()).isTrue();
        refused(
                () -> users.resetPassword(actor("a-admin"), "a-analyst", "weak"),
                AccountRefused.Reason.PASSWORD_TOO_SHORT);
        var reset = users.resetPassword(actor("a-admin"), "a-analyst", GOOD);
        assertThat(reset.locked()).isFalse();
        assertThat(reset.failedAttempts()).isZero();
        assertThat(signsIn("a-analyst", GOOD)).isTrue();
        assertThat(signsIn("a-analyst", TwoParks.PASSWORD)).isFalse();
        AuditLog.Event event = audit.search(TwoParks.A, new AuditLog.Filter("a-admin", null, null, null), 0, 10)
                .items()
                .get(0);
        assertThat(event.action()).isEqualTo("PASSWORD_RESET");
        assertThat(event.changes()).containsExactly(new AuditLog.Change("locked", "true", "false"));
        assertThat(event.before().toString() + event.after()).doesNotContain("$2a$", "password");
    }

    @Test
    void aUserChangesTheirOwnPasswordProvingTheCurrentOne() {
        refused(
                () -> users.changeOwnPassword("a-bank", "wrong-Passw0rd", GOOD),
                AccountRefused.Reason.PASSWORD_CURRENT_WRONG);
        // a wrong current password counts as a failed sign-in, and is kept though the change was refused
        assertThat(users.get(actor("a-admin"), "a-bank").failedAttempts()).isEqualTo(1);
        refused(
                () -> users.changeOwnPassword("a-bank", TwoParks.PASSWORD, "a-bank-Passw0rd"),
                AccountRefused.Reason.PASSWORD_CONTAINS_USERNAME);
        assertThat(signsIn("a-bank", TwoParks.PASSWORD)).isTrue();
        users.changeOwnPassword("a-bank", TwoParks.PASSWORD, GOOD);
        assertThat(signsIn("a-bank", GOOD)).isTrue();
        assertThat(signsIn("a-bank", TwoParks.PASSWORD)).isFalse();
        assertThat(users.get(actor("a-admin"), "a-bank").failedAttempts()).isZero();
        assertThat(auditedActions("a-bank")).containsExactly("a-bank PASSWORD_CHANGE");
        refused(() -> users.changeOwnPassword("nobody", GOOD, GOOD), AccountRefused.Reason.NO_SUCH_ACCOUNT);
    }
}
