package org.innopark.app.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in user's account and the scope of data they may read. */
@Component
public class CurrentUser {

    private final Accounts accounts;

    CurrentUser(Accounts accounts) {
        this.accounts = accounts;
    }

    public String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    public Accounts.Account account() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("未登录 / not signed in");
        }
        // Read once per request: the page frame, the page and its services all ask for it.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Accounts.Account a
                && a.username().equals(auth.getName())) {
            return a;
        }
        Accounts.Account account =
                accounts.find(auth.getName()).orElseThrow(() -> new AccessDeniedException("账户不存在 / no account"));
        if (request != null) {
            request.setAttribute(ATTRIBUTE, account, RequestAttributes.SCOPE_REQUEST);
        }
        return account;
    }

    private static final String ATTRIBUTE = CurrentUser.class.getName() + ".account";

    /**
     * After the signed-in user changed their own password: this session takes the new password's stamp and stays
     * signed in; every other session of the account ends at its next request.
     */
    public void ownPasswordChanged() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                CredentialsStamp.remember(accounts, session, username());
            }
        }
    }

    public ParkScope scope() {
        return account().scope();
    }
}
