import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A small closed-loop load generator for cse-local (JDK only, run with {@code java bench/Load.java}): N clients each
 * send one request after the other for a fixed time, over keep-alive HTTP/1.1 connections; it prints throughput and
 * latency percentiles, after a five-second warm-up. Usage: {@code java Load.java URL METHOD BODY|- CLIENTS SECONDS [EXPECTED_STATUS]}.
 */
public class Load {

	public static void main(String[] args) throws Exception {
		URI uri = URI.create(args[0]);
		String method = args[1];
		String body = args[2].equals("-") ? null : args[2];
		int clients = Integer.parseInt(args[3]);
		Duration length = Duration.ofSeconds(Long.parseLong(args[4]));
		int expected = (args.length > 5) ? Integer.parseInt(args[5]) : 200;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("X-Auth-Token", "bench-token")
			.header("Content-Type", "application/json")
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		run(http, request, clients, Duration.ofSeconds(5), expected);
		Result result = run(http, request, clients, length, expected);
		System.out.printf("%s %s clients=%d: %.0f req/s, mean %.2f ms, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, "
				+ "unexpected status %d of %d%n", method, uri.getPath(), clients, result.count / (double) length.toSeconds(),
				result.mean(), result.percentile(50), result.percentile(90), result.percentile(99), result.unexpected,
				result.count);
	}

	private static Result run(HttpClient http, HttpRequest request, int clients, Duration length, int expected)
			throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<Result>> workers = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			workers.add(pool.submit(() -> {
				Result mine = new Result();
				while (!stop.get()) {
					long start = System.nanoTime();
					HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
					mine.add(System.nanoTime() - start, response.statusCode() != expected);
				}
				return mine;
			}));
		}
		Thread.sleep(length.toMillis());
		stop.set(true);
		Result all = new Result();
		for (Future<Result> worker : workers) {
			all.merge(worker.get());
		}
		pool.shutdown();
		return all;
	}

	static final class Result {

		long[] nanos = new long[1024];

		int count;

		int unexpected;

		void add(long elapsed, boolean wrongStatus) {
			if (this.count == this.nanos.length) {
				this.nanos = Arrays.copyOf(this.nanos, this.count * 2);
			}
			this.nanos[this.count++] = elapsed;
			this.unexpected += wrongStatus ? 1 : 0;
		}

		void merge(Result other) {
			for (int i = 0; i < other.count; i++) {
				add(other.nanos[i], false);
			}
			this.unexpected += other.unexpected;
		}

		double mean() {
			return Arrays.stream(this.nanos, 0, this.count).average().orElse(0) / 1e6;
		}

		double percentile(int p) {
			long[] sorted = Arrays.copyOf(this.nanos, this.count);
			Arrays.sort(sorted);
			return (sorted.length == 0) ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
		}

	}

}
