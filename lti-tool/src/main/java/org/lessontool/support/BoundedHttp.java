package org.lessontool.support;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.HttpHeaders;

/**
 * One outbound HTTP exchange under the tool's outbound policy (lti-checklist Z-07):
 * connecting, the headers and the whole body must arrive within an overall deadline, so a
 * server that drips one byte at a time cannot hold a thread; bodies are capped in size;
 * redirects are never followed; and the addresses a host name resolves to are checked by
 * the same lookup the connection then uses, so a name cannot pass the check and connect
 * elsewhere (DNS rebinding).
 */
public final class BoundedHttp {

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "outbound-deadline");
		thread.setDaemon(true);
		return thread;
	});

	/** Headers the client sets itself from the request it sends. */
	private static final Set<String> OWN_HEADERS = Set.of("content-length", "transfer-encoding", "host", "connection");

	private final CloseableHttpClient http;

	private final Duration deadline;

	private final int maxBytes;

	private final boolean requireHttps;

	BoundedHttp(Duration deadline, int maxBytes, CheckedDns dns, boolean requireHttps) {
		this.deadline = deadline;
		this.requireHttps = requireHttps;
		this.maxBytes = maxBytes;
		Timeout timeout = Timeout.of(deadline);
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(dns)
				.setMaxConnTotal(256)
				.setMaxConnPerRoute(16)
				.setDefaultConnectionConfig(
						ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
				.build())
			.setDefaultRequestConfig(
					RequestConfig.custom().setConnectionRequestTimeout(timeout).setResponseTimeout(timeout).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.build();
	}

	public Duration deadline() {
		return this.deadline;
	}

	public Response get(URI uri, String accept) {
		return send("GET", uri, Map.of("Accept", List.of(accept)), null);
	}

	/**
	 * Sends the request and reads the body within the deadline.
	 * @throws Failure with a sentence naming the host and what went wrong, never the
	 * server's own words
	 */
	public Response send(String method, URI uri, Map<String, List<String>> headers, byte @Nullable [] body) {
		String host = uri.getHost();
		if (host == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
			throw new Failure("'" + Untrusted.bounded(uri.toString()) + "' is not an http(s) URL", Kind.REFUSED);
		}
		if (this.requireHttps && !"https".equals(uri.getScheme())) {
			throw new Failure("'" + Untrusted.bounded(uri.toString()) + "' must use https", Kind.REFUSED);
		}
		HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
		headers.forEach((name, values) -> {
			if (!OWN_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				values.forEach((value) -> request.addHeader(name, value));
			}
		});
		if (body != null && body.length > 0) {
			request.setEntity(new ByteArrayEntity(body, null));
		}
		AtomicBoolean expired = new AtomicBoolean();
		ScheduledFuture<?> stop = WATCHDOG.schedule(() -> {
			expired.set(true);
			request.cancel();
		}, this.deadline.toNanos(), TimeUnit.NANOSECONDS);
		try (ClassicHttpResponse response = this.http.executeOpen(null, request, null)) {
			byte[] bytes = read(response.getEntity(), host);
			HttpHeaders answer = new HttpHeaders();
			for (Header header : response.getHeaders()) {
				answer.add(header.getName(), header.getValue());
			}
			return new Response(response.getCode(), answer, bytes);
		}
		catch (IOException | IllegalStateException ex) {
			throw failure(host, ex, expired.get());
		}
		finally {
			stop.cancel(false);
		}
	}

	private byte[] read(HttpEntity entity, String host) throws IOException {
		if (entity == null) {
			return new byte[0];
		}
		try (InputStream in = entity.getContent()) {
			byte[] bytes = in.readNBytes(this.maxBytes + 1);
			if (bytes.length > this.maxBytes) {
				throw new Failure(host + " answered with more than " + (this.maxBytes / 1024) + " KB", Kind.BROKEN);
			}
			return bytes;
		}
	}

	private Failure failure(String host, Exception ex, boolean expired) {
		if (expired || ex instanceof java.net.SocketTimeoutException
				|| ex instanceof org.apache.hc.core5.http.ConnectionRequestTimeoutException) {
			return new Failure(host + " did not answer within " + Math.max(1, this.deadline.toSeconds()) + " s",
					Kind.TIMED_OUT);
		}
		if (ex instanceof CheckedDns.RefusedAddressException) {
			return new Failure(host + " is a private or reserved address, which the tool does not call", Kind.REFUSED);
		}
		if (ex instanceof UnknownHostException) {
			return new Failure(host + " is an unknown host name", Kind.UNREACHABLE);
		}
		if (ex instanceof ConnectException) {
			return new Failure(host + " could not be reached (connection refused)", Kind.UNREACHABLE);
		}
		return new Failure(host + " broke off its answer", Kind.BROKEN);
	}

	/**
	 * A response read in full within the deadline.
	 *
	 * @param status the HTTP status
	 * @param headers the headers
	 * @param body the body, at most the size cap
	 */
	public record Response(int status, HttpHeaders headers, byte[] body) {

		public boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	/** What went wrong with an exchange. */
	public enum Kind {

		/** no full answer within the deadline */
		TIMED_OUT,
		/** the host could not be found or connected to */
		UNREACHABLE,
		/** the outbound policy forbids the address or URL */
		REFUSED,
		/** the answer broke off or was too large */
		BROKEN

	}

	/**
	 * The exchange failed; the message is a sentence for people, never a server's body.
	 */
	public static final class Failure extends RuntimeException {

		private final Kind kind;

		Failure(String message, Kind kind) {
			super(message);
			this.kind = kind;
		}

		public Kind kind() {
			return this.kind;
		}

		public boolean timedOut() {
			return this.kind == Kind.TIMED_OUT;
		}

	}

}
