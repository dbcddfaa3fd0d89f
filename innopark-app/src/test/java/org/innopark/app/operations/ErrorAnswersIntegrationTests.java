package org.innopark.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.innopark.app.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error answer over real HTTP (the container's error dispatch, which MockMvc does not run) carries a message in
 * the reader's language that says what was wrong, and never a stack trace or an exception's text; two administrators
 * creating the same user name at once get one account and one 409, never a 500.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:innopark-errors;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "innopark.admin-password=" + TestAccounts.ADMIN_PASSWORD,
            TestAccounts.CHEAP_BCRYPT,
            "spring.servlet.multipart.max-file-size=64KB",
            "spring.servlet.multipart.max-request-size=64KB",
            "logging.level.root=WARN"
        })
class ErrorAnswersIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, boolean signedIn) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (signedIn) {
            b.header("Authorization", basic());
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(("admin:" + TestAccounts.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static String message(HttpResponse<String> r) {
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.has("trace")).isFalse();
        assertThat(body.has("exception")).isFalse();
        return body.get("message").asString();
    }

    @Test
    void aPageSizeOutOfRangeSaysWhatIsValid() throws Exception {
        HttpResponse<String> r = get("/api/v1/enterprises?size=100000", true);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(message(r)).contains("size").contains("1–");
    }

    @Test
    void aParameterOfTheWrongTypeIsNamedInTheReadersLanguage() throws Exception {
        HttpResponse<String> zh = get("/api/v1/enterprises?size=abc", true);
        assertThat(zh.statusCode()).isEqualTo(400);
        assertThat(message(zh)).contains("参数 size").contains("abc");
        HttpResponse<String> en = get("/api/v1/enterprises?size=abc&lang=en", true);
        assertThat(message(en)).contains("parameter size").doesNotContain("参数");
    }

    @Test
    void anUnknownSchemeIsNotFoundWithAMessage() throws Exception {
        HttpResponse<String> r = get("/api/v1/parks/NOPE/assessments.xlsx?scheme=nope", true);
        assertThat(r.statusCode()).isBetween(400, 404);
        assertThat(message(r)).isNotBlank();
    }

    @Test
    void anUnauthenticatedCallIsToldToSignIn() throws Exception {
        HttpResponse<String> r = get("/api/v1/enterprises", false);
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void anUploadOverTheLimitIs413WithTheLimitInTheMessage() throws Exception {
        String boundary = "b0undary";
        byte[] big = new byte[200 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"table\"\r\n\r\nenterprise\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(big);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                        .header("Authorization", basic())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(message(r)).contains("64KB");
    }

    @Test
    void twoConcurrentCreationsOfOneNameGiveOneAccountAndOneConflict() throws Exception {
        String json = """
                {"username":"raced-user","password":"Kx9#mTq2-vLw","role":"PARK_ANALYST","parkCode":null}""";
        // No park exists in this empty registry: a system administrator account needs none.
        String body = json.replace("PARK_ANALYST", "SYSTEM_ADMIN");
        // Fewer than the lockout's 5 reserved attempts: each call signs in with Basic, and more concurrent sign-ins of
        // one account than that are refused by the lockout (counted before the password is checked) as 401.
        int n = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Integer> call = () -> {
                    start.await();
                    return http.send(
                                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
                                            .header("Authorization", basic())
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : answers) {
                codes.add(f.get());
            }
            assertThat(codes).isSubsetOf(201, 409);
            assertThat(codes.stream().filter(c -> c == 409).count()).isEqualTo(n - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
