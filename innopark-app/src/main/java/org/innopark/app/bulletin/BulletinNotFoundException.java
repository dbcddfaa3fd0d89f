package org.innopark.app.bulletin;

/** A bulletin or fact that does not exist or is outside the reader's park: both read as "not found". */
public class BulletinNotFoundException extends RuntimeException {

    public BulletinNotFoundException(String message) {
        super(message);
    }
}
