package org.innopark.app.transfer;

/**
 * A change the rules refuse, with the reason in Chinese (and English after " / "): a move the listing's or intent's
 * state does not allow (answered 409), or a value that breaks a rule (answered 422). Nothing is written.
 */
public class TransferRefused extends RuntimeException {

    private final boolean conflict;

    private TransferRefused(String message, boolean conflict) {
        super(message, null, false, false);
        this.conflict = conflict;
    }

    /** A move the current state does not allow. */
    public static TransferRefused move(String message) {
        return new TransferRefused(message, true);
    }

    /** A value that breaks a rule. */
    public static TransferRefused value(String message) {
        return new TransferRefused(message, false);
    }

    /** Whether the state, not a value, refused the change (HTTP 409 rather than 422). */
    public boolean conflict() {
        return conflict;
    }
}
