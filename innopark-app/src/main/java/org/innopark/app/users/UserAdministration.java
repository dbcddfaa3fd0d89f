package org.innopark.app.users;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.security.AccountRefused;
import org.innopark.app.security.AccountRefused.Reason;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用户管理: the accounts an administrator may see and change. The system administrator manages every account; a
 * park administrator only the accounts of its own park, never a system administrator's (another park's accounts are
 * "not found", so their names are not confirmed); nobody else manages accounts. The last enabled system
 * administrator can be neither disabled nor demoted, and nobody disables or demotes their own account. Every change
 * is audited in its own transaction, without the password hash.
 */
@Service
public class UserAdministration {

    /** The password rule: at least this many characters, of at least {@value #MIN_CLASSES} kinds. */
    static final int MIN_PASSWORD_LENGTH = 10;

    /** Lower-case letters, upper-case letters, digits, anything else. */
    static final int MIN_CLASSES = 3;

    /** bcrypt reads at most 72 bytes: a longer password would be cut silently, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,63}");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Accounts accounts;
    private final AuditLog audit;
    private final RegistryReads registry;

    UserAdministration(
            JdbcClient jdbc, PasswordEncoder encoder, Accounts accounts, AuditLog audit, RegistryReads registry) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.accounts = accounts;
        this.audit = audit;
        this.registry = registry;
    }

    /** An account as an administrator sees it: never its password hash. */
    public record AccountView(
            String username,
            Role role,
            String parkCode,
            String creditCode,
            boolean enabled,
            boolean locked,
            int failedAttempts,
            OffsetDateTime createdAt) {

        /** What the audit log keeps of an account. */
        Audited audited() {
            return new Audited(username, role, parkCode, creditCode, enabled, locked);
        }
    }

    /** The audited state of an account. */
    record Audited(String username, Role role, String parkCode, String creditCode, boolean enabled, boolean locked) {}

    /** A new account: its name, initial password, role, and the park and enterprise it is bound to. */
    public record NewAccount(String username, String password, Role role, String parkCode, String creditCode) {}

    /** What an account is bound to: a role, a park (all but system administrators), an enterprise (enterprise users). */
    public record Binding(Role role, String parkCode, String creditCode) {}

    /** Whether the account administers accounts at all (system and park administrators). */
    public static boolean administers(Accounts.Account actor) {
        return actor.role() == Role.SYSTEM_ADMIN || actor.role() == Role.PARK_ADMIN;
    }

    /** The roles the actor may give. */
    public static List<Role> assignableRoles(Accounts.Account actor) {
        return actor.role() == Role.SYSTEM_ADMIN
                ? List.of(Role.values())
                : List.of(Role.PARK_ADMIN, Role.PARK_ANALYST, Role.ENTERPRISE, Role.BANK);
    }

    /** The accounts the actor manages, by park and name. */
    @Transactional(readOnly = true)
    public List<AccountView> list(Accounts.Account actor) {
        requireAdministrator(actor);
        String park = actor.role() == Role.SYSTEM_ADMIN ? null : actor.parkCode();
        return jdbc.sql(SELECT
                        + " WHERE (CAST(:park AS VARCHAR) IS NULL OR (park_code = :park AND role <> 'SYSTEM_ADMIN'))"
                        + " ORDER BY park_code NULLS FIRST, username")
                .param("park", park)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** One account the actor manages; "no such account" for any other. */
    @Transactional(readOnly = true)
    public AccountView get(Accounts.Account actor, String username) {
        requireAdministrator(actor);
        return target(actor, username);
    }

    @Transactional
    public AccountView create(Accounts.Account actor, NewAccount account) {
        requireAdministrator(actor);
        String username = account.username() == null ? "" : account.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountRefused(Reason.USERNAME_INVALID, "username", username);
        }
        if (find(username).isPresent()) {
            throw new AccountRefused(Reason.USERNAME_TAKEN, "username", username);
        }
        Binding binding = binding(actor, account.role(), account.parkCode(), account.creditCode());
        checkPassword(username, account.password(), "password");
        try {
            accounts.create(username, account.password(), binding.role(), binding.parkCode(), binding.creditCode());
        } catch (DuplicateKeyException raced) {
            // Another administrator created the same name between the check above and the insert.
            throw new AccountRefused(Reason.USERNAME_TAKEN, "username", username);
        }
        AccountView created = find(username).orElseThrow();
        record(actor, AuditLog.Action.CREATE, null, created);
        return created;
    }

    /** Changes an account's role, park or enterprise. */
    @Transactional
    public AccountView rebind(Accounts.Account actor, String username, Binding requested) {
        requireAdministrator(actor);
        AccountView before = target(actor, username);
        Binding binding = binding(actor, requested.role(), requested.parkCode(), requested.creditCode());
        if (before.role() == Role.SYSTEM_ADMIN && binding.role() != Role.SYSTEM_ADMIN) {
            if (before.username().equals(actor.username())) {
                throw new AccountRefused(Reason.OWN_ACCOUNT, "role");
            }
            keepOneSystemAdministrator(before);
        }
        jdbc.sql("UPDATE app_user SET role = ?, park_code = ?, credit_code = ? WHERE username = ?")
                .params(binding.role().name(), binding.parkCode(), binding.creditCode(), before.username())
                .update();
        AccountView after = find(before.username()).orElseThrow();
        record(actor, AuditLog.Action.UPDATE, before, after);
        return after;
    }

    @Transactional
    public AccountView setEnabled(Accounts.Account actor, String username, boolean enabled) {
        requireAdministrator(actor);
        AccountView before = target(actor, username);
        if (before.enabled() == enabled) {
            return before;
        }
        if (!enabled) {
            if (before.username().equals(actor.username())) {
                throw new AccountRefused(Reason.OWN_ACCOUNT, "enabled");
            }
            if (before.role() == Role.SYSTEM_ADMIN) {
                keepOneSystemAdministrator(before);
            }
        }
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?")
                .params(enabled, before.username())
                .update();
        AccountView after = find(before.username()).orElseThrow();
        record(actor, enabled ? AuditLog.Action.ENABLE : AuditLog.Action.DISABLE, before, after);
        return after;
    }

    /** Sets a new password chosen by the administrator; it also ends a lockout. */
    @Transactional
    public AccountView resetPassword(Accounts.Account actor, String username, String password) {
        requireAdministrator(actor);
        AccountView before = target(actor, username);
        checkPassword(before.username(), password, "password");
        jdbc.sql("UPDATE app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE username = ?")
                .params(encoder.encode(password), before.username())
                .update();
        AccountView after = find(before.username()).orElseThrow();
        record(actor, AuditLog.Action.PASSWORD_RESET, before, after);
        return after;
    }

    @Transactional
    public AccountView unlock(Accounts.Account actor, String username) {
        requireAdministrator(actor);
        AccountView before = target(actor, username);
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = ?")
                .param(before.username())
                .update();
        AccountView after = find(before.username()).orElseThrow();
        record(actor, AuditLog.Action.UNLOCK, before, after);
        return after;
    }

    /**
     * A user changes their own password, proving the current one. A wrong current password counts as a failed
     * login and a locked account cannot change it (so that a taken-over session cannot guess it); nothing else is written before the checks pass.
     */
    @Transactional(noRollbackFor = AccountRefused.class)
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new AccountRefused(Reason.NO_SUCH_ACCOUNT, null, username));
        // The attempt is reserved (counted as failed) before the check, as at sign-in: concurrency cannot beat it.
        if (!accounts.reserveAttempt(username)) {
            throw new AccountRefused(Reason.ACCOUNT_LOCKED, "currentPassword");
        }
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            throw new AccountRefused(Reason.PASSWORD_CURRENT_WRONG, "currentPassword");
        }
        accounts.loginSucceeded(username);
        checkPassword(username, newPassword, "newPassword");
        AccountView before = find(username).orElseThrow();
        jdbc.sql("UPDATE app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE username = ?")
                .params(encoder.encode(newPassword), username)
                .update();
        audit.record(
                username,
                AuditLog.Action.PASSWORD_CHANGE,
                AuditLog.Entity.ACCOUNT,
                username,
                before.parkCode(),
                before.audited(),
                find(username).orElseThrow().audited());
    }

    /**
     * The password rule: {@value #MIN_PASSWORD_LENGTH} characters or more, at most {@value #MAX_PASSWORD_BYTES}
     * bytes, at least {@value #MIN_CLASSES} of lower-case, upper-case, digits and other characters, not
     * containing the username, and not a common password nor one dressed up ({@link CommonPasswords}).
     */
    static void checkPassword(String username, String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new AccountRefused(Reason.PASSWORD_TOO_SHORT, field, MIN_PASSWORD_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountRefused(Reason.PASSWORD_TOO_LONG, field, MAX_PASSWORD_BYTES);
        }
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (classes < MIN_CLASSES) {
            throw new AccountRefused(Reason.PASSWORD_TOO_SIMPLE, field, MIN_CLASSES);
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new AccountRefused(Reason.PASSWORD_CONTAINS_USERNAME, field);
        }
        if (CommonPasswords.isCommon(password)) {
            throw new AccountRefused(Reason.PASSWORD_COMMON, field);
        }
    }

    private static void requireAdministrator(Accounts.Account actor) {
        if (!administers(actor) || (actor.role() == Role.PARK_ADMIN && actor.parkCode() == null)) {
            throw new AccountRefused(Reason.NOT_ALLOWED, null);
        }
    }

    /** The account if the actor manages it; otherwise "no such account", whether it exists or not. */
    private AccountView target(Accounts.Account actor, String username) {
        AccountView target = username == null ? null : find(username.strip()).orElse(null);
        if (target == null
                || (actor.role() == Role.PARK_ADMIN
                        && (target.role() == Role.SYSTEM_ADMIN
                                || !actor.parkCode().equals(target.parkCode())))) {
            throw new AccountRefused(Reason.NO_SUCH_ACCOUNT, null, username);
        }
        return target;
    }

    /** Checks and completes a requested binding: the park exists, the enterprise is in it, the actor may give it. */
    private Binding binding(Accounts.Account actor, Role role, String parkCode, String creditCode) {
        if (role == null) {
            throw new AccountRefused(Reason.ROLE_MISSING, "role");
        }
        String park = blankToNull(parkCode);
        if (actor.role() == Role.PARK_ADMIN) {
            if (role == Role.SYSTEM_ADMIN) {
                throw new AccountRefused(Reason.ROLE_NOT_ALLOWED, "role", role.name());
            }
            if (park == null) {
                park = actor.parkCode();
            } else if (!park.equals(actor.parkCode())) {
                throw new AccountRefused(Reason.OTHER_PARK, "parkCode", park);
            }
        }
        if (role == Role.SYSTEM_ADMIN) {
            return new Binding(role, null, null);
        }
        if (park == null) {
            throw new AccountRefused(Reason.PARK_MISSING, "parkCode");
        }
        if (!registry.parkExists(park)) {
            throw new AccountRefused(Reason.PARK_UNKNOWN, "parkCode", park);
        }
        if (role != Role.ENTERPRISE) {
            return new Binding(role, park, null);
        }
        String credit = blankToNull(creditCode);
        if (credit == null) {
            throw new AccountRefused(Reason.CREDIT_CODE_MISSING, "creditCode");
        }
        credit = credit.toUpperCase(Locale.ROOT);
        // An enterprise of another park and one that does not exist get the same answer.
        Optional<String> enterprisePark = registry.parkOf(credit);
        if (enterprisePark.isEmpty() || !enterprisePark.get().equals(park)) {
            throw new AccountRefused(Reason.ENTERPRISE_NOT_IN_PARK, "creditCode", credit, park);
        }
        return new Binding(role, park, credit);
    }

    /**
     * Refuses to disable or demote the account when it is the last enabled system administrator. The enabled system
     * administrators are locked for the rest of the transaction so that two such changes cannot pass together.
     */
    private void keepOneSystemAdministrator(AccountView account) {
        List<String> admins = jdbc.sql(
                        "SELECT username FROM app_user WHERE role = 'SYSTEM_ADMIN' AND enabled = TRUE FOR UPDATE")
                .query(String.class)
                .list();
        if (admins.stream().noneMatch(a -> !a.equals(account.username()))) {
            throw new AccountRefused(Reason.LAST_SYSTEM_ADMIN, null);
        }
    }

    private void record(Accounts.Account actor, AuditLog.Action action, AccountView before, AccountView after) {
        AccountView subject = after != null ? after : before;
        audit.record(
                actor.username(),
                action,
                AuditLog.Entity.ACCOUNT,
                subject.username(),
                subject.parkCode(),
                before == null ? null : before.audited(),
                after == null ? null : after.audited());
    }

    private static final String SELECT = "SELECT username, role, park_code, credit_code, enabled, locked_until,"
            + " failed_attempts, created_at FROM app_user";

    private Optional<AccountView> find(String username) {
        return jdbc.sql(SELECT + " WHERE username = ?")
                .param(username)
                .query((rs, n) -> view(rs))
                .optional();
    }

    private static AccountView view(ResultSet rs) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp(6);
        Timestamp created = rs.getTimestamp(8);
        return new AccountView(
                rs.getString(1),
                Role.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5),
                lockedUntil != null && lockedUntil.toInstant().isAfter(java.time.Instant.now()),
                rs.getInt(7),
                created == null
                        ? null
                        : created.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
