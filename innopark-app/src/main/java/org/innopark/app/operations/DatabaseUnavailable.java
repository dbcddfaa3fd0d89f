package org.innopark.app.operations;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A database that cannot be reached or written (closed after a full disk, a lost PostgreSQL) answers 503 "service
 * unavailable" with the platform's message (error.unavailable), for every page and API call, instead of a 500 that
 * reads like a bug in the request. The pool drops the broken connections ({@link ClosedDatabaseEviction}), so the
 * server serves again once the database can be used.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DatabaseUnavailable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class,
        CannotGetJdbcConnectionException.class,
        CannotCreateTransactionException.class,
        TransactionSystemException.class
    })
    void unavailable(Exception e, HttpServletResponse response) throws IOException {
        LOG.error("The database cannot be used: {}", e.toString());
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
