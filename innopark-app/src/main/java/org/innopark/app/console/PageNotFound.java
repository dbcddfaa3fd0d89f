package org.innopark.app.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A page's subject that does not exist or is outside the reader's scope: both give the same 404, so a page never
 * confirms that another park's data exists.
 */
final class PageNotFound extends ResponseStatusException {

    /** What was looked for, for the log; the page itself says only the localized "not found" (error.notFound). */
    private final String what;

    private PageNotFound(String what) {
        super(HttpStatus.NOT_FOUND);
        this.what = what;
    }

    @Override
    public String getMessage() {
        return "404 NOT_FOUND: " + what;
    }

    static PageNotFound park(String code) {
        return new PageNotFound("park " + code);
    }

    static PageNotFound job(String id) {
        return new PageNotFound("import " + id);
    }

    static PageNotFound enterprise(String creditCode) {
        return new PageNotFound("enterprise " + creditCode);
    }
}
