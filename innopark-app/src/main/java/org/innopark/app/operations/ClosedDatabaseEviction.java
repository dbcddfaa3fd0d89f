package org.innopark.app.operations;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool to drop a connection whose embedded database has closed underneath it. H2 closes a
 * database for good when a write fails (a full disk): its connections then answer "the database has been closed"
 * (90098) with an SQL state the pool does not recognise as a broken connection, so without this the pool hands out
 * the dead connections until the server is restarted. Evicted, the next connection opens the database again, and the
 * server recovers by itself once there is room. Configured as {@code spring.datasource.hikari.exception-override-class-name}.
 */
public final class ClosedDatabaseEviction implements SQLExceptionOverride {

    /**
     * H2's DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN, IO_EXCEPTION_1, IO_EXCEPTION_2, FILE_CORRUPTED_1, and
     * OBJECT_CLOSED (what a connection whose database closed answers to the transaction manager's first call).
     */
    static final Set<Integer> CLOSED = Set.of(90098, 90121, 90028, 90031, 90030, 90007);

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && CLOSED.contains(s.getErrorCode())) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
