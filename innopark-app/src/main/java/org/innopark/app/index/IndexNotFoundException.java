package org.innopark.app.index;

/** What an index request names does not exist: a framework, a park, or data for the year. The message is zh / en. */
public class IndexNotFoundException extends RuntimeException {

    public IndexNotFoundException(String message) {
        super(message);
    }
}
