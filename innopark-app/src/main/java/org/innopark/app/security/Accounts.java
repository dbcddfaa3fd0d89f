package org.innopark.app.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: loading them for the login, creating them, locking an account after repeated failures, and
 * creating the first administrator. There is no default password: the first administrator's comes from
 * {@code INNOPARK_ADMIN_PASSWORD} or is generated and printed once.
 */
@Service
public class Accounts implements UserDetailsService {

    /** Failed logins in a row that lock an account, and for how long. */
    static final int MAX_FAILURES = 5;

    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final String adminPassword;

    Accounts(JdbcClient jdbc, PasswordEncoder encoder, @Value("${innopark.admin-password:}") String adminPassword) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.adminPassword = adminPassword;
    }

    /** An account as stored, without its password hash. */
    public record Account(String username, Role role, String parkCode, String creditCode, boolean enabled) {

        public ParkScope scope() {
            if (role != Role.SYSTEM_ADMIN && (parkCode == null || (role == Role.ENTERPRISE && creditCode == null))) {
                throw new org.springframework.security.access.AccessDeniedException(
                        "账户未绑定园区或企业 / the account is not bound to its park or enterprise");
            }
            return switch (role) {
                case SYSTEM_ADMIN -> ParkScope.ALL;
                case ENTERPRISE -> new ParkScope(parkCode, creditCode);
                default -> ParkScope.park(parkCode);
            };
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, String role, boolean enabled, OffsetDateTime lockedUntil) {}
        Row row = jdbc.sql(
                        "SELECT username, password_hash, role, enabled, locked_until FROM app_user WHERE username = ?")
                .param(username)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("用户不存在 / no such user"));
        boolean locked = row.lockedUntil() != null && row.lockedUntil().isAfter(OffsetDateTime.now());
        return User.withUsername(row.username())
                .password(row.passwordHash())
                .authorities(List.of(
                        new SimpleGrantedAuthority(Role.valueOf(row.role()).authority())))
                .disabled(!row.enabled())
                .accountLocked(locked)
                .build();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, role, park_code, credit_code, enabled FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Account(
                        rs.getString(1),
                        Role.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .optional();
    }

    /** What decides whether a signed-in session may go on: the role, whether enabled, and any lockout. */
    public record Status(Role role, boolean enabled, OffsetDateTime lockedUntil) {

        public boolean locked() {
            return lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now());
        }
    }

    public Optional<Status> status(String username) {
        return jdbc.sql("SELECT role, enabled, locked_until FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Status(
                        Role.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }

    @Transactional
    public void create(String username, String rawPassword, Role role, String parkCode, String creditCode) {
        if (role != Role.SYSTEM_ADMIN && parkCode == null) {
            throw new IllegalArgumentException("role " + role + " needs a park");
        }
        if (role == Role.ENTERPRISE && creditCode == null) {
            throw new IllegalArgumentException("an enterprise user needs its enterprise's credit code");
        }
        jdbc.sql("INSERT INTO app_user (username, password_hash, role, park_code, credit_code) VALUES (?, ?, ?, ?, ?)")
                .params(username, encoder.encode(rawPassword), role.name(), parkCode, creditCode)
                .update();
    }

    /** Counts a failed login; the {@value #MAX_FAILURES}th in a row locks the account for a while. */
    @Transactional
    public void loginFailed(String username) {
        jdbc.sql("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = ?")
                .param(username)
                .update();
        jdbc.sql(
                        "UPDATE app_user SET locked_until = ?, failed_attempts = 0 WHERE username = ? AND failed_attempts >= ?")
                .params(OffsetDateTime.now().plus(LOCK_TIME), username, MAX_FAILURES)
                .update();
    }

    @Transactional
    public void loginSucceeded(String username) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = ?")
                .param(username)
                .update();
    }

    /** Creates the first system administrator when there is no account at all. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createFirstAdministrator() {
        long accounts =
                jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
        if (accounts > 0) {
            return;
        }
        boolean generated = adminPassword == null || adminPassword.isBlank();
        String password = generated ? generatePassword() : adminPassword;
        create("admin", password, Role.SYSTEM_ADMIN, null, null);
        if (generated) {
            System.out.println();
            System.out.println("================================================================");
            System.out.println(" 已创建系统管理员 / first administrator created");
            System.out.println("   用户名 / username: admin");
            System.out.println("   密码 / password:   " + password);
            System.out.println(" 此密码只显示这一次 / this password is shown only once");
            System.out.println("================================================================");
        } else {
            log.info("First administrator 'admin' created with the password from INNOPARK_ADMIN_PASSWORD");
        }
    }

    static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
