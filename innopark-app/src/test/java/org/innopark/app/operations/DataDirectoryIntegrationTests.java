package org.innopark.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.innopark.app.InnoParkApplication;
import org.innopark.app.support.TestAccounts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A read-only or full data directory stops the start with one message, before the database is opened; once
 * started, the database's health is DOWN when its directory can no longer be written.
 */
class DataDirectoryIntegrationTests {

    @TempDir
    Path dir;

    static ConfigurableApplicationContext start(Path dataDir, String... more) {
        // as arguments: they rank above application.properties (default properties would not)
        String[] arguments = new String[more.length + 4];
        arguments[0] = "--innopark.data-dir=" + dataDir;
        arguments[1] = "--innopark.admin-password=datadir-Test-Pw-1";
        arguments[2] = "--" + TestAccounts.CHEAP_BCRYPT;
        arguments[3] = "--logging.level.root=WARN";
        for (int i = 0; i < more.length; i++) {
            arguments[4 + i] = "--" + more[i];
        }
        return new SpringApplicationBuilder(InnoParkApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments);
    }

    /**
     * A directory this process cannot write: a temporary one made read-only, or, when the process may write there
     * anyway (root ignores permissions), /sys, which the kernel keeps read-only for everyone.
     */
    Path readOnlyDirectory() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (DataDirectory.problem(ro, 0).isPresent()) {
            return ro;
        }
        Path sys = Path.of("/sys");
        Assumptions.assumeTrue(
                Files.isDirectory(sys) && DataDirectory.problem(sys, 0).isPresent(),
                "no read-only directory on this machine (running as root without /sys); runs wherever one exists");
        return sys;
    }

    @Test
    void aReadOnlyDataDirectoryStopsTheStartWithOneMessage() throws IOException {
        Path ro = readOnlyDirectory();
        assertThatThrownBy(() -> start(ro).close())
                .isInstanceOf(DataDirectory.Unusable.class)
                .hasMessageContaining("the data directory " + ro + " is not writable")
                .hasMessageContaining("数据目录");
        DataDirectoryCheck.Analyzer analyzer = new DataDirectoryCheck.Analyzer();
        assertThat(analyzer.analyze(new DataDirectory.Unusable("x")).getAction())
                .contains("--data-dir");
    }

    @Test
    void aFullDataDirectoryStopsTheStart() {
        assertThatThrownBy(() -> start(dir, "innopark.data-dir.min-free-bytes=" + Long.MAX_VALUE)
                        .close())
                .isInstanceOf(DataDirectory.Unusable.class)
                .hasMessageContaining("is full");
    }

    @Test
    void theDatabaseIsDownOnceItsDirectoryCannotBeWritten() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        try (ConfigurableApplicationContext context = start(data)) {
            DatabaseWritable health = context.getBean(DatabaseWritable.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            DatabaseWritable full = new DatabaseWritable(
                    context.getBean(javax.sql.DataSource.class),
                    context.getEnvironment().getProperty("spring.datasource.url"),
                    Long.MAX_VALUE);
            assertThat(full.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(full.health().getDetails().get("problem").toString()).contains("is full");
        }
    }
}
