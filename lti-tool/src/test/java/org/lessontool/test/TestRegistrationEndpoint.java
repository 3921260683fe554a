package org.lessontool.test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The test platform's side of LTI Dynamic Registration: its OpenID configuration and a
 * registration endpoint that takes each registration token once, as Moodle does.
 */
public final class TestRegistrationEndpoint {

	private final String issuer;

	private final List<TestAgs.Recorded> requests = new CopyOnWriteArrayList<>();

	private final Set<String> usedTokens = ConcurrentHashMap.newKeySet();

	private final AtomicInteger clients = new AtomicInteger();

	private volatile String configurationIssuer;

	private volatile boolean sendsDeploymentId = true;

	private volatile boolean listsEndpoints = true;

	private volatile int refuseWith;

	volatile TestPlatform.Lms lms = TestPlatform.Lms.GENERIC;

	TestRegistrationEndpoint(HttpServer server, String issuer) {
		this.issuer = issuer;
		server.createContext("/.well-known/openid-configuration", this::configuration);
		server.createContext("/register", this::register);
	}

	public String configurationUrl() {
		return this.issuer + "/.well-known/openid-configuration";
	}

	public List<TestAgs.Recorded> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * Sets what the next registrations look like; {@code null} issuer means the real one.
	 */
	public void behave(String configurationIssuer, boolean sendsDeploymentId, boolean listsEndpoints, int refuseWith) {
		this.configurationIssuer = configurationIssuer;
		this.sendsDeploymentId = sendsDeploymentId;
		this.listsEndpoints = listsEndpoints;
		this.refuseWith = refuseWith;
	}

	/** M-09: the domain must be target_link_uri's host, with its port. */
	private static boolean domainMatches(String body) {
		try {
			Map<String, Object> tool = com.nimbusds.jose.util.JSONObjectUtils.getJSONObject(
					com.nimbusds.jose.util.JSONObjectUtils.parse(body),
					"https://purl.imsglobal.org/spec/lti-tool-configuration");
			java.net.URI target = java.net.URI.create((String) tool.get("target_link_uri"));
			String expected = target.getHost() + ((target.getPort() != -1) ? ":" + target.getPort() : "");
			return expected.equals(tool.get("domain"));
		}
		catch (java.text.ParseException | RuntimeException ex) {
			return false;
		}
	}

	private void configuration(HttpExchange exchange) throws IOException {
		this.requests.add(TestAgs.record(exchange));
		String iss = (this.configurationIssuer != null) ? this.configurationIssuer : this.issuer;
		String endpoints = this.listsEndpoints ? "\"authorization_endpoint\":\"" + this.issuer
				+ "/auth\",\"token_endpoint\":\"" + this.issuer + "/token\",\"jwks_uri\":\"" + this.issuer
				+ "/jwks\",\"registration_endpoint\":\"" + this.issuer + "/register\"," : "";
		TestAgs.respond(exchange, 200, "{\"issuer\":\"" + iss + "\"," + endpoints
				+ "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\"],"
				+ "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
				+ "\"scopes_supported\":[\"openid\",\"https://purl.imsglobal.org/spec/lti-ags/scope/score\","
				+ "\"https://purl.imsglobal.org/spec/lti-ags/scope/lineitem\"],"
				+ "\"https://purl.imsglobal.org/spec/lti-platform-configuration\":{\"product_family_code\":\"moodle\",\"version\":\"4.5\"}}",
				"application/json");
	}

	private void register(HttpExchange exchange) throws IOException {
		TestAgs.Recorded request = TestAgs.record(exchange);
		this.requests.add(request);
		String token = request.headers().getOrDefault("authorization", "");
		if (!this.usedTokens.add(token)) {
			TestAgs.respond(exchange, 400, "{\"error\":\"token_already_used\"}", "application/json");
			return;
		}
		if (this.refuseWith != 0) {
			TestAgs.respond(exchange, this.refuseWith,
					"{\"error\":\"invalid_client_metadata\",\"error_description\":\"domain does not match\"}",
					"application/json");
			return;
		}
		if (this.lms == TestPlatform.Lms.MOODLE && !domainMatches(request.body())) {
			// Moodle 4.5, fixtures/moodle-4.5/registration-domain-mismatch.http
			TestAgs.respond(exchange, 400, "domain_targetlinkuri_mismatch", "text/html; charset=utf-8");
			return;
		}
		int type = this.clients.incrementAndGet();
		String client = "dr-client-" + type + "-" + System.nanoTime();
		// M-05: Moodle's deployment id is the id of the tool type it just created
		String deploymentId = (this.lms == TestPlatform.Lms.MOODLE) ? String.valueOf(type) : "7";
		String deployment = this.sendsDeploymentId ? ",\"deployment_id\":\"" + deploymentId + "\"" : "";
		TestAgs.respond(exchange, 200,
				"{\"client_id\":\"" + client + "\",\"https://purl.imsglobal.org/spec/lti-tool-configuration\":{"
						+ "\"domain\":\"localhost\"" + deployment + "}}",
				"application/json");
	}

}
