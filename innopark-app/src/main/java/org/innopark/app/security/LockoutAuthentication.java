package org.innopark.app.security;

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
 */
final class LockoutAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final DaoAuthenticationProvider passwords;

    LockoutAuthentication(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
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
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
