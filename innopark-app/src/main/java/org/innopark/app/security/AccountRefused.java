package org.innopark.app.security;

import java.util.Arrays;

/**
 * An account change the rules do not allow. It carries a message key and its arguments, not text, so that the page
 * and the API show it in the reader's language (the keys live in {@code i18n/messages*.properties}).
 */
public class AccountRefused extends RuntimeException {

    /** Why, with the message key that explains it and how the API answers it. */
    public enum Reason {
        USERNAME_INVALID("account.error.usernameInvalid", Kind.INVALID),
        USERNAME_TAKEN("account.error.usernameTaken", Kind.CONFLICT),
        PASSWORD_TOO_SHORT("account.error.passwordTooShort", Kind.INVALID),
        PASSWORD_TOO_LONG("account.error.passwordTooLong", Kind.INVALID),
        PASSWORD_TOO_SIMPLE("account.error.passwordTooSimple", Kind.INVALID),
        PASSWORD_CONTAINS_USERNAME("account.error.passwordContainsUsername", Kind.INVALID),
        PASSWORD_COMMON("account.error.passwordCommon", Kind.INVALID),
        PASSWORD_CURRENT_WRONG("account.error.passwordCurrentWrong", Kind.INVALID),
        PASSWORD_MISMATCH("account.error.passwordMismatch", Kind.INVALID),
        ACCOUNT_LOCKED("account.error.locked", Kind.CONFLICT),
        ROLE_MISSING("account.error.roleMissing", Kind.INVALID),
        PARK_MISSING("account.error.parkMissing", Kind.INVALID),
        PARK_UNKNOWN("account.error.parkUnknown", Kind.INVALID),
        CREDIT_CODE_MISSING("account.error.creditCodeMissing", Kind.INVALID),
        ENTERPRISE_NOT_IN_PARK("account.error.enterpriseNotInPark", Kind.INVALID),
        NOT_ALLOWED("account.error.notAllowed", Kind.FORBIDDEN),
        ROLE_NOT_ALLOWED("account.error.roleNotAllowed", Kind.FORBIDDEN),
        OTHER_PARK("account.error.otherPark", Kind.FORBIDDEN),
        NO_SUCH_ACCOUNT("account.error.noSuchAccount", Kind.NOT_FOUND),
        OWN_ACCOUNT("account.error.ownAccount", Kind.CONFLICT),
        LAST_SYSTEM_ADMIN("account.error.lastSystemAdmin", Kind.CONFLICT);

        private final String key;
        private final Kind kind;

        Reason(String key, Kind kind) {
            this.key = key;
            this.kind = kind;
        }

        public String key() {
            return key;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** How a refusal is answered: 400, 403, 404 or 409. */
    public enum Kind {
        INVALID,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT
    }

    private final Reason reason;
    private final String field;
    private final transient Object[] args;

    public AccountRefused(Reason reason, String field, Object... args) {
        super(reason.key() + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.reason = reason;
        this.field = field;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** The form field at fault, or null when the refusal is about the whole request. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
