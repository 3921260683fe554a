package org.lessontool.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One outbound HTTP exchange with an overall deadline: connecting, the headers and the
 * whole body must arrive within it, so a server that drips one byte at a time cannot hold
 * a thread (lti-checklist Z-07). Bodies are capped in size; redirects are never followed.
 */
public final class BoundedHttp {

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "outbound-deadline");
		thread.setDaemon(true);
		return thread;
	});

	private final HttpClient http;

	private final Duration deadline;

	private final int maxBytes;

	public BoundedHttp(Duration deadline, int maxBytes) {
		this.deadline = deadline;
		this.maxBytes = maxBytes;
		this.http = HttpClient.newBuilder().connectTimeout(deadline).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public Duration deadline() {
		return this.deadline;
	}

	/**
	 * Sends the request and reads the body within the deadline.
	 * @throws Failure with a sentence naming the host and what went wrong
	 */
	public Response send(HttpRequest request) {
		long start = System.nanoTime();
		String host = request.uri().getHost();
		CompletableFuture<HttpResponse<InputStream>> pending = this.http.sendAsync(request,
				HttpResponse.BodyHandlers.ofInputStream());
		HttpResponse<InputStream> response;
		try {
			response = pending.get(this.deadline.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			pending.cancel(true);
			throw new Failure(host + " did not answer within " + seconds() + " s", true);
		}
		catch (ExecutionException ex) {
			throw new Failure(host + " could not be reached", false);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			pending.cancel(true);
			throw new Failure("interrupted", false);
		}
		long left = this.deadline.toNanos() - (System.nanoTime() - start);
		AtomicBoolean expired = new AtomicBoolean();
		InputStream body = response.body();
		ScheduledFuture<?> stop = WATCHDOG.schedule(() -> {
			expired.set(true);
			close(body);
		}, Math.max(left, 1), TimeUnit.NANOSECONDS);
		try (InputStream in = body) {
			byte[] bytes = in.readNBytes(this.maxBytes + 1);
			if (bytes.length > this.maxBytes) {
				throw new Failure(host + " answered with more than " + (this.maxBytes / 1024) + " KB", false);
			}
			return new Response(response.statusCode(), response.headers(), bytes);
		}
		catch (IOException ex) {
			throw expired.get() ? new Failure(host + " did not finish its answer within " + seconds() + " s", true)
					: new Failure(host + " broke off its answer", false);
		}
		finally {
			stop.cancel(false);
		}
	}

	private long seconds() {
		return Math.max(1, this.deadline.toSeconds());
	}

	private static void close(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// the reader sees the stream closed, which is the point
		}
	}

	/**
	 * A response read in full within the deadline.
	 *
	 * @param status the HTTP status
	 * @param headers the headers
	 * @param body the body, at most the size cap
	 */
	public record Response(int status, java.net.http.HttpHeaders headers, byte[] body) {

		public boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		public String text() {
			return new String(this.body, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

	/**
	 * The exchange failed; the message is a sentence for people, never a server's body.
	 */
	public static final class Failure extends RuntimeException {

		private final boolean timedOut;

		Failure(String message, boolean timedOut) {
			super(message);
			this.timedOut = timedOut;
		}

		public boolean timedOut() {
			return this.timedOut;
		}

	}

}
