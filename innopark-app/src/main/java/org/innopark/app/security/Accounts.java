package org.innopark.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
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

    /**
     * The account for the password check. A lockout is not read here: {@link #reserveAttempt} decides it, atomically,
     * before the password is verified.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, String role, boolean enabled) {}
        Row row = jdbc.sql("SELECT username, password_hash, role, enabled FROM app_user WHERE username = ?")
                .param(username)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("用户不存在 / no such user"));
        return User.withUsername(row.username())
                .password(row.passwordHash())
                .authorities(List.of(
                        new SimpleGrantedAuthority(Role.valueOf(row.role()).authority())))
                .disabled(!row.enabled())
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

    /**
     * What decides whether a signed-in session may go on: the role, whether enabled, any lockout, and the stamp of
     * the credentials it signed in with (a digest of the password hash, which every change of the password renews).
     */
    public record Status(Role role, boolean enabled, OffsetDateTime lockedUntil, String credentials) {

        public boolean locked() {
            return lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now());
        }
    }

    public Optional<Status> status(String username) {
        return jdbc.sql("SELECT role, enabled, locked_until, password_hash FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Status(
                        Role.valueOf(rs.getString(1)),
                        rs.getBoolean(2),
                        rs.getObject(3, OffsetDateTime.class),
                        credentialsStamp(rs.getString(4))))
                .optional();
    }

    /** A digest of a password hash: tells a session that its password has changed without holding the hash. */
    static String credentialsStamp(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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

    /**
     * Reserves one sign-in attempt before the password is verified, in one conditional UPDATE: the attempt is counted
     * as failed until {@link #loginSucceeded} clears it, and the {@value #MAX_FAILURES}th in a row locks the account
     * for {@link #LOCK_TIME}. The database applies concurrent UPDATEs of the row one after the other, so however many
     * guesses arrive at once, at most {@value #MAX_FAILURES} of them are verified. An expired lock starts a new count.
     *
     * @return false when the account is locked or does not exist: the password must then not be checked
     */
    @Transactional
    public boolean reserveAttempt(String username) {
        OffsetDateTime now = OffsetDateTime.now();
        String count = "CASE WHEN locked_until IS NULL THEN failed_attempts + 1 ELSE 1 END";
        int reserved = jdbc.sql("UPDATE app_user SET failed_attempts = " + count + ", locked_until = CASE WHEN "
                        + count + " >= :max THEN CAST(:lockedUntil AS TIMESTAMP WITH TIME ZONE) ELSE NULL END"
                        + " WHERE username = :username AND (locked_until IS NULL"
                        + " OR locked_until <= CAST(:now AS TIMESTAMP WITH TIME ZONE))")
                .param("max", MAX_FAILURES)
                .param("lockedUntil", now.plus(LOCK_TIME))
                .param("username", username)
                .param("now", now)
                .update();
        return reserved == 1;
    }

    /** Counts a failed proof of the password outside the login (the current password when changing it). */
    @Transactional
    public void loginFailed(String username) {
        reserveAttempt(username);
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
