package org.lessontool.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * A server on loopback that answers at once with headers, then drips its body one byte
 * every half second for a minute, or never answers at all: the slow platform an attacker
 * or a broken LMS can be.
 */
public final class DripServer implements AutoCloseable {

	private final HttpServer server;

	private final CountDownLatch closing = new CountDownLatch(1);

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
		this.server.createContext("/drip", (exchange) -> {
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
