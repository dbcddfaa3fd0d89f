package org.innopark.app.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health: DOWN when the database cannot be written, not only when it cannot be reached. A connection must be
 * obtained and answer a query; the database must not be read-only (H2's {@code READONLY()}, PostgreSQL's {@code
 * transaction_read_only}); and for the embedded database its directory must still be writable and have room (a
 * disk that filled up during an import closes H2).
 */
@Component("databaseWritable")
class DatabaseWritable implements HealthIndicator {

    private final DataSource dataSource;
    private final Optional<Path> directory;
    private final long minFreeBytes;

    DatabaseWritable(
            DataSource dataSource,
            @Value("${spring.datasource.url:}") String url,
            @Value("${" + DataDirectoryCheck.MIN_FREE + ":" + DataDirectory.DEFAULT_MIN_FREE_BYTES + "}")
                    long minFreeBytes) {
        this.dataSource = dataSource;
        this.directory = DataDirectory.of(url);
        this.minFreeBytes = minFreeBytes;
    }

    @Override
    public Health health() {
        if (directory.isPresent()) {
            Optional<String> problem = DataDirectory.problem(directory.get(), minFreeBytes);
            if (problem.isPresent()) {
                return Health.down().withDetail("problem", problem.get()).build();
            }
        }
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            boolean h2 = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("h2");
            try (ResultSet rs = st.executeQuery(h2 ? "SELECT READONLY()" : "SHOW transaction_read_only")) {
                rs.next();
                String readOnly = rs.getString(1);
                if ("true".equalsIgnoreCase(readOnly) || "on".equalsIgnoreCase(readOnly)) {
                    return Health.down()
                            .withDetail("problem", "the database is read-only")
                            .build();
                }
            }
            return Health.up().build();
        } catch (Exception e) {
            // no message: it may name the server's paths
            return Health.down()
                    .withDetail(
                            "problem",
                            "the database cannot be used (" + e.getClass().getSimpleName() + ")")
                    .build();
        }
    }
}
