package org.innopark.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.innopark.app.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded database closing underneath the server (what H2 does when a write fails on a full disk) does not
 * leave the server answering 401 or 500 until a restart: the pool drops the dead connections, the next ones open the
 * database again, and sign-in and the API work again by themselves. While it is closed, answers are 503 with a
 * message, never "wrong password".
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "innopark.admin-password=" + TestAccounts.ADMIN_PASSWORD,
            TestAccounts.CHEAP_BCRYPT,
            "logging.level.root=OFF"
        })
class DatabaseRecoveryIntegrationTests {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + dir.resolve("recovery") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        registry.add("innopark.data-dir", dir::toString);
        registry.add("innopark.data-dir.min-free-bytes", () -> "1");
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    final HttpClient http = HttpClient.newHttpClient();

    int parks() throws Exception {
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString(("admin:" + TestAccounts.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/parks"))
                                .header("Authorization", basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void theServerServesAgainAfterTheDatabaseClosedUnderIt() throws Exception {
        assertThat(parks()).isEqualTo(200);
        // Every connection of the pool open (as on a server that has been running), so that all of them are dead
        // once the database closes.
        com.zaxxer.hikari.HikariDataSource pool = (com.zaxxer.hikari.HikariDataSource) dataSource;
        List<Connection> held = new ArrayList<>();
        for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
            held.add(dataSource.getConnection());
        }
        for (Connection c : held) {
            c.close();
        }
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("SHUTDOWN IMMEDIATELY");
        } catch (java.sql.SQLException expected) {
            // the connection it ran on dies with the database
        }
        // Until it serves again (the dead connections are dropped one per failed call; the closing database may
        // refuse to reopen for a moment): at most 30 s, no answer but 503 before the first 200.
        List<Integer> answers = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            int status = parks();
            answers.add(status);
            if (status == 200) {
                break;
            }
            if (causes.size() < 5) {
                try (Connection c = dataSource.getConnection()) {
                    causes.add("ok " + c);
                } catch (java.sql.SQLException e) {
                    StringBuilder b = new StringBuilder();
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        b.append(t.getClass().getSimpleName()).append(' ');
                        if (t instanceof java.sql.SQLException s) {
                            b.append(s.getErrorCode()).append(' ');
                        }
                        b.append(t.getMessage()).append(" <- ");
                    }
                    causes.add(b.toString());
                }
            }
            Thread.sleep(100);
        }
        assertThat(answers.subList(0, answers.size() - 1))
                .as("while it recovers: 503 only, never a 500 or a 'wrong password'")
                .containsOnly(503);
        assertThat(answers.get(answers.size() - 1))
                .as("serving again: " + answers + " causes " + causes)
                .isEqualTo(200);
    }
}
