package org.innopark.app.transfer;

/** A park, object or kind the caller may not see or that does not exist: answered "not found". */
public class TransferNotFound extends RuntimeException {

    public TransferNotFound(String message) {
        super(message, null, false, false);
    }
}
