import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open-loop load driver for loopback benchmarks: sends requests at a fixed rate (whatever the
 * server's latency, so queueing shows in the percentiles), for a bounded time, to localhost only.
 *
 * <pre>java bench/LoadDriver.java RATE SECONDS URL [URL ...]</pre>
 * URLs are used in turn. Prints one line: rate achieved, p50/p95/p99/max latency, errors, bytes.
 */
public class LoadDriver {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java bench/LoadDriver.java RATE SECONDS URL [URL ...]");
            System.exit(2);
        }
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        List<URI> urls = Arrays.stream(args, 2, args.length).map(URI::create).toList();
        for (URI url : urls) {
            String host = url.getHost();
            if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
                throw new IllegalArgumentException("loopback targets only: " + url);
            }
        }
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();
        // Warm-up: one second at the same rate, not recorded.
        run(client, urls, rate, 1, new ConcurrentLinkedQueue<>(), new AtomicLong(), new AtomicLong());
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new AtomicLong();
        var bytes = new AtomicLong();
        long started = System.nanoTime();
        int sent = run(client, urls, rate, seconds, latencies, errors, bytes);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("requests=%d achieved=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms errors=%d avgBytes=%d%n",
                sent, sorted.length / elapsed, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, errors.get(),
                sorted.length == 0 ? 0 : bytes.get() / sorted.length);
    }

    private static int run(HttpClient client, List<URI> urls, int rate, int seconds,
                           ConcurrentLinkedQueue<Long> latencies, AtomicLong errors, AtomicLong bytes) throws Exception {
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            var request = HttpRequest.newBuilder(urls.get(i % urls.size())).timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", "es").GET().build();
            long sentAt = System.nanoTime();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> {
                // Latency counts from when the request was due, so a stalled sender cannot hide queueing.
                latencies.add(System.nanoTime() - Math.min(due, sentAt));
                if (e != null || r.statusCode() >= 400) {
                    errors.incrementAndGet();
                } else {
                    bytes.addAndGet(r.body().length);
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
        return total;
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
