import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dialogue module's benchmark (issue 11): (1) REGISTRATIONS people register for one dialogue through the public
 * API (POST /api/v1/dialogue/events/{id}/registrations, no sign-in, each name and e-mail sealed with AES-GCM and the
 * e-mail's blind index checked), CONCURRENCY at a time; target: all within one minute, none refused. (2) A
 * consultation with BALLOTS ballots (written straight into PostgreSQL: the API admits one ballot per member
 * organisation, and no demo has 5,000 of them), closed through the API, then its results
 * (GET /api/v1/dialogue/consultations/{id}/results) asked for sequentially; target: p95 at most 100 ms.
 *
 * <pre>java -cp postgresql.jar bench/DialogueBench.java BASE_URL DATA_DIR [REGISTRATIONS] [BALLOTS] [CONCURRENCY]</pre>
 */
public class DialogueBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path data = Path.of(args[1]);
        int registrations = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int ballots = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        String accounts = Files.readString(data.resolve("demo-accounts.json"));
        Matcher m = Pattern.compile("\\{[^{}]*\"role\"\\s*:\\s*\"secretariat\"[^{}]*\\}").matcher(accounts);
        if (!m.find()) {
            throw new IllegalStateException("no secretariat demo account in " + data);
        }
        Matcher t = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(m.group());
        t.find();
        String token = t.group(1);

        register(base, token, registrations, concurrency);
        results(base, token, data, ballots);
    }

    static void register(String base, String token, int count, int concurrency) throws Exception {
        Instant day = Instant.now().plus(Duration.ofDays(30));
        var created = send(base + "/api/v1/dialogue/events", token, """
                {"title": "Bench dialogue %s", "modality": "hybrid", "open": true, "interpretation": false,
                 "sessions": [{"topic": "Bench", "objectives": [7], "starts": "%s", "ends": "%s"}]}"""
                .formatted(UUID.randomUUID(), day, day.plus(Duration.ofHours(2))));
        String event = id(created.body());
        String path = base + "/api/v1/dialogue/events/" + event + "/registrations";
        String[] sectors = {"civil-society", "national-government", "local-government", "academia", "un"};
        String[] countries = {"AR", "BO", "BR", "CL", "CO", "CR", "EC", "GT", "MX", "PE"};
        long[] latencies = new long[count];
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(concurrency)) {
            for (int w = 0; w < concurrency; w++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = send(path, null, """
                                    {"name": "Persona Bench %d", "email": "bench.%d@example.invalid",
                                     "organisation": "Colectivo %d", "country": "%s", "sector": "%s"}"""
                                    .formatted(i, i, i % 97, countries[i % countries.length],
                                            sectors[i % sectors.length])).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        latencies[i] = System.nanoTime() - t0;
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int duplicate = send(path, null, """
                {"name": "Otra", "email": " BENCH.7@example.invalid", "organisation": "X", "country": "AR",
                 "sector": "un"}""").statusCode();
        int ok = statuses.getOrDefault(201, new AtomicInteger()).get();
        System.out.printf("registrations: %d in %.1f s (%.0f/s, %d at a time), %d answered 201, others %s; "
                        + "latency %s; the same e-mail again: %d%n", count, seconds, count / seconds, concurrency, ok,
                statuses.entrySet().stream().filter(e -> e.getKey() != 201).toList(), percentiles(latencies),
                duplicate);
        System.out.println("  target (2,000 in one minute without error): "
                + (ok == count && seconds <= 60 && duplicate == 409 ? "met" : "NOT met"));
    }

    static void results(String base, String token, Path data, int count) throws Exception {
        Instant now = Instant.now();
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            options.append(i == 0 ? "" : ",").append("{\"key\": \"o").append(i)
                    .append("\", \"label\": \"Opción ").append(i).append("\", \"objectives\": [").append(1 + i)
                    .append("]}");
        }
        var created = send(base + "/api/v1/dialogue/consultations", token, """
                {"question": "Bench", "options": [%s], "winners": 3, "opens": "%s", "closes": "%s"}"""
                .formatted(options, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1))));
        String consultation = id(created.body());
        String port = Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).trim();
        String password = Files.readString(data.resolve("postgres.secret")).trim();
        Random random = new Random(11);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/pacto",
                "postgres", password);
             PreparedStatement insert = c.prepareStatement("insert into dialogue.ballot (id, consultation_id, "
                     + "organisation_id, choices, cast_at, cast_by) values (?, ?, ?, ?, now(), 'bench')")) {
            for (int i = 0; i < count; i++) {
                List<String> choices = new ArrayList<>();
                for (int k = 0; k < 3; k++) {
                    String key = "o" + (int) Math.floor(Math.abs(random.nextGaussian()) * 4) % 12;
                    if (!choices.contains(key)) {
                        choices.add(key);
                    }
                }
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(consultation));
                insert.setObject(3, UUID.randomUUID());
                insert.setArray(4, c.createArrayOf("text", choices.toArray()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        send(base + "/api/v1/dialogue/consultations/" + consultation + "/close", token, "{}");
        String url = base + "/api/v1/dialogue/consultations/" + consultation + "/results";
        String answer = "";
        for (int i = 0; i < 50; i++) {
            answer = send(url, null, null).body();
        }
        long[] latencies = new long[300];
        int errors = 0;
        for (int i = 0; i < latencies.length; i++) {
            long t0 = System.nanoTime();
            if (send(url, null, null).statusCode() != 200) {
                errors++;
            }
            latencies[i] = System.nanoTime() - t0;
        }
        System.out.printf("results of %d ballots, %d requests one after another after 50 of warm-up: %s, "
                + "%d errors; answer %s%n", count, latencies.length, percentiles(latencies), errors, answer);
        Arrays.sort(latencies);
        System.out.println("  target (p95 <= 100 ms): "
                + (errors == 0 && latencies[(int) (latencies.length * 0.95) - 1] <= 100_000_000 ? "met" : "NOT met"));
    }

    static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms".formatted(at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    static double at(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static String id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    static HttpResponse<String> send(String url, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (token != null && response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
