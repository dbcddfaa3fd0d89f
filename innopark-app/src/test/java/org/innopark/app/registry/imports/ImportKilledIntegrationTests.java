package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL) in the middle of an import leaves the registry as it was or with the whole file, never
 * with part of it: the command line imports a file of 200,000 enterprises into an embedded H2 database in its own JVM,
 * which is killed once it reports the first rows read (the import's transaction is open); the database then opens, holds either none or all of the file's rows,
 * and takes the same file again.
 */
class ImportKilledIntegrationTests {

    static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesNothingOrEverythingAndTheDatabaseOpensAgain() throws Exception {
        Path data = dir.resolve("data");
        Path park = Files.writeString(
                dir.resolve("park.csv"), "园区代码,园区名称,园区级别,行政区划代码\nKIL,断电测试园区,国家高新区,220101\n", StandardCharsets.UTF_8);
        assertThat(cli(data, "import", park.toString()).waitFor()).isZero();
        Path big = enterpriseFile(dir.resolve("enterprises.csv"));

        Process killed = cli(data, "import", big.toString());
        Path log = lastLog;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (killed.isAlive()
                && System.nanoTime() < deadline
                && !Files.readString(log, StandardCharsets.UTF_8).contains("已读取")) {
            Thread.sleep(20);
        }
        assertThat(killed.isAlive())
                .as("the import is still running when it is killed")
                .isTrue();
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();

        long afterKill = storedEnterprises(data);
        assertThat(afterKill).as("enterprises after the kill: none or all").isIn(0L, (long) ROWS);

        Process again = cli(data, "import", big.toString());
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(output(again)).isZero();
        assertThat(storedEnterprises(data)).isEqualTo(ROWS);
    }

    private Path lastLog;

    private Process cli(Path data, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.innopark.app.cli.InnoParkMain"));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", data.toString()));
        lastLog = dir.resolve("cli-" + System.nanoTime() + ".log");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(lastLog.toFile())
                .start();
    }

    private String output(Process p) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("cli-"))
                    .toList()) {
                sb.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    private static Path enterpriseFile(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("统一社会信用代码,企业名称,所属园区代码\n");
            for (int n = 1; n <= ROWS; n++) {
                w.write(Codes.credit(500_000 + n) + ",断电测试企业" + n + "有限公司,KIL\n");
            }
        }
        return file;
    }

    /** The enterprises in the data directory's H2 database, opened as the application opens it. */
    private static long storedEnterprises(Path data) throws SQLException, IOException {
        Path db;
        try (var files = Files.list(data)) {
            db = files.filter(f -> f.getFileName().toString().endsWith(".mv.db"))
                    .findFirst()
                    .orElseThrow();
        }
        String name = db.toString().substring(0, db.toString().length() - ".mv.db".length());
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM enterprise WHERE park_code = 'KIL'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
