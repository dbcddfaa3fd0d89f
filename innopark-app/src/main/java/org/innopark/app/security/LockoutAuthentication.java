package org.innopark.app.security;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.TransactionException;

/**
 * The password check of form login and HTTP Basic behind the lockout: an attempt is reserved atomically in the
 * database ({@link Accounts#reserveAttempt}) before the password is verified, so that concurrent guesses cannot all
 * be checked while the count still reads below the limit. A locked account's password is not checked at all; a
 * success clears the count. An unknown username goes on to the password check, which takes as long as for a real
 * account and fails the same way.
 *
 * <p>Within this server, the attempts on one username also take turns (a lock per stripe of usernames). Without it,
 * a script sending two dozen API requests at once with the right password would reserve eight attempts at the same moment,
 * the fifth would lock the account and the sixth be refused as locked, though none of them was wrong. Taking turns,
 * each right password clears the count before the next attempt reserves; wrong ones still lock after five. Across
 * servers sharing one database the reservation alone still bounds the guesses.
 */
final class LockoutAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final DaoAuthenticationProvider passwords;
    private final ReentrantLock[] turns = new ReentrantLock[64];

    LockoutAuthentication(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        for (int i = 0; i < turns.length; i++) {
            turns[i] = new ReentrantLock();
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        ReentrantLock turn = turns[Math.floorMod(username.hashCode(), turns.length)];
        turn.lock();
        try {
            if (!accounts.reserveAttempt(username) && accounts.status(username).isPresent()) {
                throw new LockedException("账户已被锁定 / the account is locked");
            }
            Authentication result = passwords.authenticate(authentication);
            accounts.loginSucceeded(username);
            return result;
        } catch (DataAccessException | TransactionException unavailable) {
            // Not "bad credentials": the sign-in could not be checked at all (the database cannot be used).
            throw new AuthenticationServiceException("the database cannot be used", unavailable);
        } finally {
            turn.unlock();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
