package org.innopark.app.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

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
        return accounts.find(auth.getName()).orElseThrow(() -> new AccessDeniedException("账户不存在 / no account"));
    }

    public ParkScope scope() {
        return account().scope();
    }
}
