package org.lessontool.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A server on loopback that answers at once with headers, then drips its body one byte
 * every half second for a minute, or never answers at all: the slow platform an attacker
 * or a broken LMS can be. It also stands for an internal service an attacker would like
 * the tool to read ({@link #secret()}), and counts every request it receives.
 */
public final class DripServer implements AutoCloseable {

	private final HttpServer server;

	private final CountDownLatch closing = new CountDownLatch(1);

	private final AtomicInteger requests = new AtomicInteger();

	/** What the internal service would leak if the tool echoed it. */
	public static final String SECRET = "internal-secret-4711";

	public DripServer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "drip-server");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.createContext("/secret", (exchange) -> {
			this.requests.incrementAndGet();
			byte[] body = ("{\"users\":[{\"name\":\"" + SECRET + "\"}]}")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(500, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.createContext("/large", (exchange) -> {
			this.requests.incrementAndGet();
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(new byte[64 * 1024]);
			}
			catch (IOException ex) {
				// the client stopped reading at its cap
			}
		});
		this.server.createContext("/drip", (exchange) -> {
			this.requests.incrementAndGet();
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, 120);
			try (OutputStream out = exchange.getResponseBody()) {
				for (int i = 0; i < 120; i++) {
					out.write(' ');
					out.flush();
					if (this.closing.await(500, TimeUnit.MILLISECONDS)) {
						return;
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (IOException ex) {
				// the client gave up, as it should
			}
		});
		this.server.createContext("/silent", (exchange) -> {
			this.requests.incrementAndGet();
			try {
				this.closing.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});
		this.server.start();
	}

	/** A URL whose body takes a minute to arrive. */
	public String drip() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/drip";
	}

	/** A URL that answers 500 with {@link #SECRET} in its body. */
	public String secret() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/secret";
	}

	/** A URL that answers 64 KB of zeros. */
	public String large() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/large";
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** Requests received, of every kind. */
	public int requests() {
		return this.requests.get();
	}

	/** A URL that accepts the connection and never answers. */
	public String silent() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/silent";
	}

	@Override
	public void close() {
		this.closing.countDown();
		this.server.stop(0);
	}

}
