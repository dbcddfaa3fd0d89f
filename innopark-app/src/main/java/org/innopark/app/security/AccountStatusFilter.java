package org.innopark.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session whose account has since been disabled, deleted, given another role, or given a new
 * password (reset by an administrator or changed by the user elsewhere; see {@link CredentialsStamp}): the
 * session holds the role it signed in with, and an administrator's change must take effect at the next request, not
 * at the next sign-in. The request then continues as anonymous (to the login page, or 401 for the API). A lockout
 * does not end sessions: anyone can cause one by failing to sign in as someone else.
 */
class AccountStatusFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    AccountStatusFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            if (!stillValid(auth, request.getSession(false))) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(Authentication auth, HttpSession session) {
        Accounts.Status status = accounts.status(auth.getName()).orElse(null);
        if (status == null || !status.enabled()) {
            return false;
        }
        // A session signed in with a password that has since been reset or changed ends. (HTTP Basic keeps no
        // session: each request proves the current password.)
        Object stamp = session == null ? null : session.getAttribute(CredentialsStamp.ATTRIBUTE);
        if (stamp != null && !stamp.equals(status.credentials())) {
            return false;
        }
        // Other authorities (e.g. the factor a login proved) may sit beside the role; roles must match exactly.
        String authority = status.role().authority();
        return auth.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .allMatch(authority::equals);
    }
}
