package org.innopark.app.audit;

import java.util.Optional;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;

/** Who reads the audit log: the system administrator all of it, a park administrator its own park's part. */
public final class AuditReaders {

    private AuditReaders() {}

    /**
     * The park whose log the account reads: empty for the whole log; null-free.
     *
     * @throws org.springframework.security.access.AccessDeniedException for every other role
     */
    public static Optional<String> park(Accounts.Account account) {
        if (account.role() == Role.SYSTEM_ADMIN) {
            return Optional.empty();
        }
        if (account.role() == Role.PARK_ADMIN && account.parkCode() != null) {
            return Optional.of(account.parkCode());
        }
        throw new org.springframework.security.access.AccessDeniedException(
                "只有系统管理员和园区管理员可以查看审计日志 / only administrators may read the audit log");
    }
}
