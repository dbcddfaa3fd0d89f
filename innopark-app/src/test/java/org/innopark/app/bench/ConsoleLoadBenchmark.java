package org.innopark.app.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the console under load (a benchmark, not a test): N users sign in to a running server (form login,
 * each its own session) and request the pages of a mix (by default the park dashboard and the enterprise search;
 * also an enterprise profile and the import page), back to back (closed loop, no
 * think time) or with a think time between requests, for a fixed duration after a warm-up. Prints p50/p90/p99/max
 * per endpoint and the throughput. Run by {@code bench/console-load.sh}, which starts the server on the demo data.
 *
 * <p>Arguments: {@code BASE_URL USER PASSWORD [users=50] [seconds=30] [thinkMillis=0] [warmUpSeconds=60]
 * [mix=dashboard,search]}; the warm-up runs the same users without think time.
 */
public final class ConsoleLoadBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String[] SEARCHES = {"科技", "ccw", "生物", "电子", "hzgx", "新材料", "智能", "91", "医疗", "xa"};

    private ConsoleLoadBenchmark() {}

    record Endpoint(String name, String pathTemplate) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        int users = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int think = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        // The server's JIT (and the pages' compiled expressions) take about a minute of load to settle.
        int warmUp = args.length > 6 ? Integer.parseInt(args[6]) : 60;
        List<String> parks = parks(base, user, password);
        // The mix: dashboard,search (the default, as measured for issue 6) or any of dashboard, search, profile,
        // imports.
        String mix = args.length > 7 ? args[7] : "dashboard,search";
        Map<String, Endpoint> known = Map.of(
                "dashboard", new Endpoint("dashboard GET /parks/{park}", "/parks/%1$s"),
                "search",
                        new Endpoint(
                                "search GET /parks/{park}/enterprises?q= (htmx)", "/parks/%1$s/enterprises?q=%2$s"),
                "profile", new Endpoint("profile GET /enterprises/{creditCode}", "/enterprises/%3$s"),
                "imports", new Endpoint("imports GET /imports", "/imports"));
        List<Endpoint> endpoints = new ArrayList<>();
        for (String name : mix.split(",")) {
            Endpoint e = known.get(name.strip());
            if (e == null) {
                throw new IllegalArgumentException("unknown page '" + name + "'; known: " + known.keySet());
            }
            endpoints.add(e);
        }
        FIRMS.putAll(firms(base, user, password, parks));
        System.out.printf(
                Locale.ROOT,
                "%d users, %d s after a %d s warm-up, think time %d ms, parks %s%n",
                users,
                seconds,
                warmUp,
                think,
                parks);
        // Every user has its own session; one HTTP client (its own connection per concurrent request) sends them all,
        // so that the load generator spends little of the machine the server runs on.
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            sessions.add(signIn(base, user, password));
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        run(base, client, sessions, parks, endpoints, warmUp, 0, false);
        Map<String, long[]> latencies = run(base, client, sessions, parks, endpoints, seconds, think, true);
        System.out.println();
        System.out.println("| endpoint | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Endpoint e : endpoints) {
            long[] l = latencies.get(e.name());
            int n = (int) l[l.length - 1];
            long[] sorted = Arrays.copyOf(l, n);
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n",
                    e.name(),
                    n,
                    n / (double) seconds,
                    q(sorted, 0.50),
                    q(sorted, 0.90),
                    q(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    ERRORS.getOrDefault(e.name(), new AtomicInteger()).get());
        }
    }

    private static final Map<String, AtomicInteger> ERRORS = new ConcurrentHashMap<>();

    /** Up to 100 credit codes of each park, for the profile pages. */
    private static final Map<String, List<String>> FIRMS = new ConcurrentHashMap<>();

    private static Map<String, List<String>> firms(String base, String user, String password, List<String> parks)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String auth =
                java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (String park : parks) {
            String json = client.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/enterprises?size=100&park=" + park))
                                    .header("Authorization", "Basic " + auth)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            List<String> codes = new ArrayList<>();
            Matcher m = Pattern.compile("\"creditCode\":\"([0-9A-Z]{18})\"").matcher(json);
            while (m.find()) {
                codes.add(m.group(1));
            }
            if (!codes.isEmpty()) {
                out.put(park, codes);
            }
        }
        return out;
    }

    private static double q(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Every user takes the mix's pages in turn over the parks; latencies in ns, the count in the last slot. */
    private static Map<String, long[]> run(
            String base,
            HttpClient client,
            List<String> sessions,
            List<String> parks,
            List<Endpoint> endpoints,
            int seconds,
            int think,
            boolean record)
            throws InterruptedException {
        Map<String, long[]> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        for (Endpoint e : endpoints) {
            latencies.put(e.name(), new long[4_000_001]);
            counts.put(e.name(), new AtomicInteger());
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(sessions.size());
        for (int u = 0; u < sessions.size(); u++) {
            String cookie = sessions.get(u);
            SplittableRandom random = new SplittableRandom(u);
            Thread t = new Thread(() -> {
                try {
                    int k = 0;
                    while (System.nanoTime() < end) {
                        Endpoint e = endpoints.get(k++ % endpoints.size());
                        String park = parks.get(random.nextInt(parks.size()));
                        String q = URLEncoder.encode(SEARCHES[random.nextInt(SEARCHES.length)], StandardCharsets.UTF_8);
                        List<String> firms = FIRMS.getOrDefault(park, List.of("-"));
                        String firm = firms.get(random.nextInt(firms.size()));
                        HttpRequest.Builder req = HttpRequest.newBuilder(
                                        URI.create(base + String.format(e.pathTemplate(), park, q, firm)))
                                .header("Cookie", cookie)
                                .timeout(Duration.ofSeconds(60));
                        if (e.pathTemplate().contains("?q=")) {
                            req.header("HX-Request", "true");
                        }
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - t0;
                        if (record) {
                            if (r.statusCode() != 200) {
                                ERRORS.computeIfAbsent(e.name(), x -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                            int i = counts.get(e.name()).getAndIncrement();
                            long[] l = latencies.get(e.name());
                            if (i < l.length - 1) {
                                l[i] = took;
                            }
                        }
                        if (think > 0) {
                            Thread.sleep(think);
                        }
                    }
                } catch (IOException | InterruptedException ex) {
                    ERRORS.computeIfAbsent("transport", x -> new AtomicInteger())
                            .incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
        for (Endpoint e : endpoints) {
            long[] l = latencies.get(e.name());
            l[l.length - 1] = Math.min(counts.get(e.name()).get(), l.length - 1);
        }
        return latencies;
    }

    /** Signs in through the login form; returns the session's Cookie header. */
    private static String signIn(String base, String user, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String login = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + location);
        }
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> "JSESSIONID=" + c.getValue())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie after sign-in"));
    }

    private static List<String> parks(String base, String user, String password)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String auth =
                java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String json = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/parks"))
                                .header("Authorization", "Basic " + auth)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<String> parks = new ArrayList<>();
        Matcher m = Pattern.compile("\"code\":\"([A-Z0-9]+)\",\"name\"").matcher(json);
        while (m.find()) {
            parks.add(m.group(1));
        }
        if (parks.isEmpty()) {
            throw new IllegalStateException("no parks: " + json);
        }
        return parks;
    }
}
