package org.innopark.app.bulletin;

/** A bulletin file that cannot be read as text: the message names the file and what is valid. */
public class BulletinInputException extends RuntimeException {

    public BulletinInputException(String message) {
        super(message);
    }

    public BulletinInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
