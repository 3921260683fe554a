package org.lessontool.test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A WireMock server on loopback that answers at once with headers, then drips its body
 * one byte every half second for a minute, or never answers at all: the slow platform an
 * attacker or a broken LMS can be. It also stands for an internal service an attacker
 * would like the tool to read ({@link #secret()}), and counts every request it receives.
 */
public final class DripServer implements AutoCloseable {

	/** What the internal service would leak if the tool echoed it. */
	public static final String SECRET = "internal-secret-4711";

	private final WireMockServer server = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort().containerThreads(20));

	public DripServer() {
		this.server.start();
		this.server.stubFor(get(urlPathEqualTo("/secret")).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"users\":[{\"name\":\"" + SECRET + "\"}]}")));
		this.server.stubFor(get(urlPathEqualTo("/large")).willReturn(aResponse().withBody(new byte[64 * 1024])));
		this.server
			.stubFor(get(urlPathEqualTo("/drip")).willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(" ".repeat(120))
				.withChunkedDribbleDelay(120, 60_000)));
		this.server.stubFor(get(urlPathEqualTo("/silent")).willReturn(aResponse().withFixedDelay(60_000)));
	}

	/** A URL whose body takes a minute to arrive. */
	public String drip() {
		return url("/drip");
	}

	/** A URL that answers 500 with {@link #SECRET} in its body. */
	public String secret() {
		return url("/secret");
	}

	/** A URL that answers 64 KB of zeros. */
	public String large() {
		return url("/large");
	}

	public int port() {
		return this.server.port();
	}

	/** Requests received, of every kind. */
	public int requests() {
		return this.server.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();
	}

	/** A URL that accepts the connection and never answers. */
	public String silent() {
		return url("/silent");
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.server.port() + path;
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
