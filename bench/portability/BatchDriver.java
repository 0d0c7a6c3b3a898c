import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Batch throughput of the portability API on loopback: posts NDJSON batches of generated careers to
 * {@code /api/v1/portability/calculations/batch} on localhost and reads the streamed results.
 *
 * <pre>java bench/portability/BatchDriver.java PORT CAREERS_PER_BATCH BATCHES [PARALLEL] [QUERY]</pre>
 * QUERY is appended to the URL, e.g. {@code ?steps=false}.
 * Careers are varied (1 to 4 countries among ES, EC, CO, PE, AR, BR, UY, PY, CL, PT; some with
 * overlaps, some short periods, some with earnings). Prints careers/s and careers/min for the timed
 * batches (the first batch warms up and is not counted), and the number of result and error lines.
 */
public class BatchDriver {

    private static final String[] COUNTRIES = {"ES", "EC", "CO", "PE", "AR", "BR", "UY", "PY", "CL", "PT"};
    private static final String[] CURRENCY = {"EUR", "USD", "COP", "PEN", "ARS", "BRL", "UYU", "PYG", "CLP", "EUR"};

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int perBatch = Integer.parseInt(args[1]);
        int batches = Integer.parseInt(args[2]);
        int parallel = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        String query = args.length > 4 ? args[4] : "";
        URI uri = URI.create("http://localhost:" + port + "/api/v1/portability/calculations/batch" + query);
        byte[] body = careers(perBatch, new Random(22));
        System.out.printf("batch: %d careers, %.1f MB%n", perBatch, body.length / 1e6);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        post(client, uri, body); // warm-up
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long start = System.nanoTime();
        List<Future<long[]>> runs = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            runs.add(pool.submit(() -> post(client, uri, body)));
        }
        long lines = 0;
        long errors = 0;
        for (var run : runs) {
            long[] counts = run.get();
            lines += counts[0];
            errors += counts[1];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%d batches x %d careers, %d in parallel: %d result lines (%d with errors) in %.1f s"
                        + " = %.0f careers/s = %.0f careers/min%n", batches, perBatch, parallel, lines, errors,
                seconds, lines / seconds, lines / seconds * 60);
    }

    private static long[] post(HttpClient client, URI uri, byte[] body) throws Exception {
        var response = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        long lines = 0;
        long errors = 0;
        try (var in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                if (line.contains("\"errors\"")) {
                    errors++;
                }
            }
        }
        return new long[] {lines, errors};
    }

    private static byte[] careers(int count, Random random) {
        var out = new ByteArrayOutputStream(count * 400);
        for (int i = 0; i < count; i++) {
            int birthYear = 1950 + random.nextInt(15);
            LocalDate claim = LocalDate.of(2026, 1 + random.nextInt(10), 1);
            int n = 1 + random.nextInt(4);
            var sb = new StringBuilder(400);
            sb.append("{\"id\":\"c").append(i).append("\",\"person\":{\"birthDate\":\"").append(birthYear)
                    .append("-0").append(1 + random.nextInt(9)).append("-15\",\"sex\":\"")
                    .append(random.nextBoolean() ? "female" : "male").append("\"},\"claim\":{\"benefit\":\"old-age\",\"date\":\"")
                    .append(claim).append("\",\"country\":\"");
            int first = random.nextInt(COUNTRIES.length);
            StringBuilder periods = new StringBuilder();
            StringBuilder earnings = new StringBuilder();
            LocalDate from = LocalDate.of(birthYear + 18 + random.nextInt(6), 1 + random.nextInt(12), 1);
            String last = COUNTRIES[first];
            for (int p = 0; p < n; p++) {
                int c = (first + p * 3) % COUNTRIES.length;
                last = COUNTRIES[c];
                int months = random.nextInt(10) == 0 ? 3 + random.nextInt(8) : 24 + random.nextInt(180);
                LocalDate to = from.plusMonths(months).minusDays(1);
                if (to.isAfter(claim)) {
                    to = claim.minusDays(1);
                }
                if (!from.isBefore(to)) {
                    break;
                }
                periods.append(p == 0 ? "" : ",").append("{\"country\":\"").append(last).append("\",\"from\":\"")
                        .append(from).append("\",\"to\":\"").append(to).append("\",\"kind\":\"compulsory\"}");
                if (random.nextInt(3) > 0) {
                    earnings.append(earnings.isEmpty() ? "" : ",").append('"').append(last)
                            .append("\":{\"referenceWage\":").append(500 + random.nextInt(3000))
                            .append(",\"currency\":\"").append(CURRENCY[c]).append("\"}");
                }
                from = to.plusDays(random.nextInt(5) == 0 ? -60 : 1 + random.nextInt(400));
            }
            sb.append(last).append("\"},\"periods\":[").append(periods).append("],\"earnings\":{").append(earnings)
                    .append("}}\n");
            out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
