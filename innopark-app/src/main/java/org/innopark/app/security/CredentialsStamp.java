package org.innopark.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * Keeps in a signed-in session the stamp of the password it signed in with ({@link Accounts#credentialsStamp}), so
 * that {@link AccountStatusFilter} ends the session once the password is reset or changed, by anyone. The user who
 * changes their own password gets the new stamp in the session they changed it from and stays signed in there.
 */
final class CredentialsStamp implements SessionAuthenticationStrategy {

    static final String ATTRIBUTE = CredentialsStamp.class.getName();

    private final Accounts accounts;

    CredentialsStamp(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onAuthentication(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        remember(accounts, request.getSession(), authentication.getName());
    }

    static void remember(Accounts accounts, HttpSession session, String username) {
        accounts.status(username).ifPresent(status -> session.setAttribute(ATTRIBUTE, status.credentials()));
    }
}
