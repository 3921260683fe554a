package org.lessontool.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An LMS on loopback whose dynamic-registration answers (the configuration and the
 * registration response) are whatever the fuzzer made, with the status it chose.
 */
final class FuzzedLms implements AutoCloseable {

	private final HttpServer server;

	private volatile int configurationStatus = 200;

	private volatile String configuration = "{}";

	private volatile int registrationStatus = 200;

	private volatile String registration = "{}";

	FuzzedLms() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/configuration",
				(exchange) -> answer(exchange, this.configurationStatus, this.configuration.replace("{base}", base())));
		this.server.createContext("/register",
				(exchange) -> answer(exchange, this.registrationStatus, this.registration));
		this.server.start();
	}

	String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	String configurationUrl() {
		return base() + "/configuration";
	}

	/** The next answers; {base} in the configuration stands for this server's address. */
	void answer(int configurationStatus, String configuration, int registrationStatus, String registration) {
		this.configurationStatus = configurationStatus;
		this.configuration = configuration;
		this.registrationStatus = registrationStatus;
		this.registration = registration;
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		exchange.getRequestBody().readAllBytes();
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
