package org.innopark.app.registry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's data version, kept in the database so that it holds across server instances: every change to the
 * registry bumps it in its own transaction (so a reader never sees new data under an old version or the other way
 * round), and caches of figures computed from the registry are keyed by it.
 */
@Component
public class RegistryVersion {

    private final JdbcTemplate jdbc;

    RegistryVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The version now committed. */
    @Transactional(readOnly = true)
    public long current() {
        Long v = jdbc.queryForObject("SELECT version FROM registry_version WHERE id = 1", Long.class);
        return v == null ? 0 : v;
    }

    /** Marks the registry changed, in the caller's transaction (which must exist). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bump() {
        jdbc.update("UPDATE registry_version SET version = version + 1 WHERE id = 1");
    }
}
