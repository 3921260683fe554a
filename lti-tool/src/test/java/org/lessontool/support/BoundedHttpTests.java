package org.lessontool.support;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lessontool.test.DripServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, items 1 and 5 (lti-checklist Z-07): the outbound policy at the one place
 * every call passes, against a loopback server that counts what reaches it.
 */
class BoundedHttpTests {

	static final DripServer server = new DripServer();

	/**
	 * Answers every name with this machine's loopback address, as a rebinding DNS would.
	 */
	static final DnsResolver LOOPBACK = new DnsResolver() {

		@Override
		public InetAddress[] resolve(String host) {
			return new InetAddress[] { InetAddress.getLoopbackAddress() };
		}

		@Override
		public String resolveCanonicalHostname(String host) {
			return host;
		}

	};

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void theConnectionUsesTheAddressesTheCheckSaw() {
		BoundedHttp open = new BoundedHttp(Duration.ofSeconds(5), 1024, new CheckedDns(LOOPBACK, false), false);
		BoundedHttp publicOnly = new BoundedHttp(Duration.ofSeconds(5), 1024, new CheckedDns(LOOPBACK, true), false);
		URI named = URI.create("http://lms.example.test:" + server.port() + "/secret");
		// a name no system resolver knows reaches the server only through the checked
		// lookup
		assertThat(open.send("GET", named, Map.of(), null).status()).isEqualTo(500);
		int before = server.requests();
		assertThatThrownBy(() -> publicOnly.send("GET", named, Map.of(), null)).isInstanceOf(BoundedHttp.Failure.class)
			.hasMessageContaining("private or reserved")
			.satisfies((ex) -> assertThat(((BoundedHttp.Failure) ex).kind()).isEqualTo(BoundedHttp.Kind.REFUSED));
		assertThat(server.requests()).isEqualTo(before);
	}

	@Test
	void aLoopbackAddressIsRefusedBeforeAnyConnectionWhenOnlyPublicAddressesMayBeCalled() {
		Outbound policy = new Outbound(false, true);
		BoundedHttp http = policy.client(Duration.ofSeconds(5), 1024);
		int before = server.requests();
		for (String url : new String[] { server.secret(), "http://localhost:" + server.port() + "/secret" }) {
			assertThatThrownBy(() -> http.send("GET", URI.create(url), Map.of(), null)).as(url)
				.isInstanceOf(BoundedHttp.Failure.class)
				.hasMessageContaining("private or reserved");
			assertThatThrownBy(() -> policy.check(url)).as(url).isInstanceOf(Outbound.Refused.class);
		}
		assertThat(server.requests()).isEqualTo(before);
	}

	@Test
	void plainHttpIsRefusedWhereHttpsIsRequired() {
		BoundedHttp http = new Outbound(true, false).client(Duration.ofSeconds(5), 1024);
		int before = server.requests();
		assertThatThrownBy(() -> http.get(URI.create(server.secret()), "application/json"))
			.hasMessageContaining("must use https");
		assertThatThrownBy(() -> http.get(URI.create("file:///etc/passwd"), "application/json"))
			.hasMessageContaining("is not an http(s) URL");
		assertThat(server.requests()).isEqualTo(before);
	}

	@Test
	void anAnswerOverTheCapIsRefusedAndOneUnderItIsReadWhole() {
		BoundedHttp http = new Outbound(false, false).client(Duration.ofSeconds(5), 1024);
		assertThatThrownBy(() -> http.get(URI.create(server.large()), "application/json"))
			.hasMessageContaining("more than 1 KB");
		BoundedHttp.Response secret = http.get(URI.create(server.secret()), "application/json");
		assertThat(secret.status()).isEqualTo(500);
		assertThat(secret.text()).contains(DripServer.SECRET);
	}

	@Test
	void aDripFedAnswerEndsAtTheDeadline() {
		BoundedHttp http = new Outbound(false, false).client(Duration.ofSeconds(1), 1024);
		long start = System.nanoTime();
		assertThatThrownBy(() -> http.get(URI.create(server.drip()), "application/json"))
			.satisfies((ex) -> assertThat(((BoundedHttp.Failure) ex).timedOut()).isTrue());
		// the drip lasts a minute; a generous bound for a busy machine
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
	}

}
