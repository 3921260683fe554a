package org.lessontool.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An LMS for tests, on real loopback HTTP: it publishes a JWKS with real RSA keys (and
 * can rotate them), counts fetches, and signs id_tokens as a platform would.
 */
public final class TestPlatform implements AutoCloseable {

	public static final String CLIENT_ID = "tool-client";

	public static final String DEPLOYMENT_ID = "1:deployment";

	/** The Moodle release whose recorded answers {@link Lms#MOODLE} reproduces (M-01). */
	public static final String MOODLE_VERSION = "4.5.6";

	static {
		// The JDK's HTTP server waits for delayed ACKs without TCP_NODELAY, adding ~40 ms
		// to
		// responses sent in two writes; a real LMS answers at once.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private final HttpServer server;

	private final List<RSAKey> published = new ArrayList<>();

	private final AtomicInteger jwksFetches = new AtomicInteger();

	private volatile RSAKey signingKey;

	private final TestAgs ags;

	private final TestRegistrationEndpoint registration;

	private final TestNrps nrps;

	/**
	 * Which LMS's quirks the platform reproduces, as the fixtures in
	 * {@code shared/fixtures} record them.
	 */
	public enum Lms {

		/** By the specifications. */
		GENERIC,

		/**
		 * Moodle 4.5: token answers labelled text/html (M-07), the registration's domain
		 * compared with target_link_uri's host and port (M-09).
		 */
		MOODLE,

		/** Canvas: the client assertion's aud must be the token endpoint URL (CV-09). */
		CANVAS

	}

	/** Reproduces an LMS's quirks from now on. */
	public void behaveLike(Lms lms) {
		this.ags.lms = lms;
		this.registration.lms = lms;
	}

	public TestPlatform() {
		this.signingKey = newKey();
		this.published.add(this.signingKey);
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/jwks", this::jwks);
		// several browsers and the tool's senders at once, as against a real LMS
		this.server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8, (task) -> {
			Thread thread = new Thread(task, "test-platform");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.createContext("/auth", this::authorize);
		this.ags = new TestAgs(this.server, issuer());
		this.registration = new TestRegistrationEndpoint(this.server, issuer());
		this.nrps = new TestNrps(this.server, issuer());
		// M-02: the same endpoints at the paths a Moodle site gives them
		this.server.createContext("/mod/lti/auth.php", this::authorize);
		this.server.createContext("/mod/lti/certs.php", this::jwks);
		this.server.createContext("/mod/lti/token.php", this.ags::token);
		this.server.start();
	}

	private void jwks(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
		this.jwksFetches.incrementAndGet();
		byte[] body;
		synchronized (this.published) {
			body = new JWKSet(new ArrayList<JWK>(this.published)).toString(true).getBytes(StandardCharsets.UTF_8);
		}
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	/**
	 * Declares this platform to the tool as {@code lti.platforms[0]}, strict deployments.
	 */
	public void declare(DynamicPropertyRegistry registry) {
		declare(registry, 0, TestPlatform.CLIENT_ID, "STRICT");
	}

	/** Declares this platform to the tool under a client id and deployment policy. */
	public void declare(DynamicPropertyRegistry registry, int index, String clientId, String policy) {
		String prefix = "lti.platforms[" + index + "].";
		registry.add(prefix + "issuer", this::issuer);
		registry.add(prefix + "client-id", () -> clientId);
		registry.add(prefix + "authorization-endpoint", this::authorizationEndpoint);
		registry.add(prefix + "token-endpoint", this::tokenEndpoint);
		registry.add(prefix + "jwks-url", this::jwksUrl);
		registry.add(prefix + "deployment-ids[0]", () -> DEPLOYMENT_ID);
		registry.add(prefix + "deployment-policy", () -> policy);
	}

	/** The platform's dynamic registration endpoints. */
	public TestRegistrationEndpoint registration() {
		return this.registration;
	}

	/** The platform's roster service. */
	public TestNrps nrps() {
		return this.nrps;
	}

	/** The platform's grade services and token endpoint. */
	public TestAgs ags() {
		return this.ags;
	}

	public String tokenEndpoint() {
		return issuer() + "/token";
	}

	public String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public String authorizationEndpoint() {
		return issuer() + "/auth";
	}

	public String jwksUrl() {
		return issuer() + "/jwks";
	}

	public int jwksFetches() {
		return this.jwksFetches.get();
	}

	public RSAKey signingKey() {
		return this.signingKey;
	}

	/** Publishes a new key and signs with it from now on; the old key stays published. */
	public RSAKey rotate() {
		RSAKey key = newKey();
		synchronized (this.published) {
			this.published.add(key);
		}
		this.signingKey = key;
		return key;
	}

	/**
	 * The claims of a valid student resource-link launch, for a login's nonce and target.
	 */
	public Map<String, Object> studentClaims(String nonce, String targetLinkUri) {
		Map<String, Object> claims = new LinkedHashMap<>();
		Instant now = Instant.now();
		claims.put("iss", issuer());
		claims.put("aud", List.of(CLIENT_ID));
		claims.put("sub", "student-7");
		claims.put("iat", Date.from(now));
		claims.put("exp", Date.from(now.plusSeconds(60)));
		claims.put("nonce", nonce);
		claims.put("name", "Sam Student");
		claims.put("email", "sam@example.invalid");
		claims.put("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest");
		claims.put("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0");
		claims.put("https://purl.imsglobal.org/spec/lti/claim/deployment_id", DEPLOYMENT_ID);
		claims.put("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", targetLinkUri);
		claims.put("https://purl.imsglobal.org/spec/lti/claim/resource_link",
				Map.of("id", "link-1", "title", "Lesson 964"));
		claims.put("https://purl.imsglobal.org/spec/lti/claim/roles",
				List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
		claims.put("https://purl.imsglobal.org/spec/lti/claim/context",
				Map.of("id", "course-2", "label", "AI101", "title", "AI for Teens"));
		claims.put("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
				Map.of("scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"), "lineitems",
						issuer() + "/lineitems?type_id=1", "lineitem", issuer() + "/lineitems/2/lineitem?type_id=1"));
		return claims;
	}

	/**
	 * A teacher's deep-linking request, for a login's nonce, with these deep-linking
	 * settings.
	 */
	public Map<String, Object> deepLinkingClaims(String nonce, String targetLinkUri, Map<String, Object> settings) {
		Map<String, Object> claims = studentClaims(nonce, targetLinkUri);
		claims.put("sub", "teacher-1");
		claims.put("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest");
		claims.remove("https://purl.imsglobal.org/spec/lti/claim/resource_link");
		claims.remove("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint");
		claims.put("https://purl.imsglobal.org/spec/lti/claim/roles",
				List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
		claims.put("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", settings);
		return claims;
	}

	/** The deep-linking return URL of this platform. */
	public String deepLinkReturnUrl() {
		return issuer() + "/deep-link-return";
	}

	/**
	 * The OIDC authorization endpoint a browser is sent to by the tool's login: it signs
	 * a fresh student id_token for the login hint and nonce, and answers with the form a
	 * platform auto-posts to the tool (Security Framework 5.1.1.3).
	 */
	private void authorize(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
		Map<String, String> query = new LinkedHashMap<>();
		String raw = exchange.getRequestURI().getRawQuery();
		for (String pair : (raw != null) ? raw.split("&") : new String[0]) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				query.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		Map<String, Object> claims = studentClaims(query.get("nonce"), query.get("redirect_uri"));
		claims.put("sub", query.get("login_hint"));
		String html = "<!DOCTYPE html><html><body><form method=\"post\" action=\"" + query.get("redirect_uri")
				+ "\"><input type=\"hidden\" name=\"id_token\" value=\"" + sign(claims)
				+ "\"><input type=\"hidden\" name=\"state\" value=\"" + query.get("state") + "\"></form></body></html>";
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	/** Signs claims with the current key, RS256, kid in the header. */
	public String sign(Map<String, Object> claims) {
		return sign(claims, (header) -> {
		});
	}

	public String sign(Map<String, Object> claims, Consumer<JWSHeader.Builder> header) {
		JWSHeader.Builder builder = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.signingKey.getKeyID());
		header.accept(builder);
		JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
		claims.forEach(set::claim);
		SignedJWT jwt = new SignedJWT(builder.build(), set.build());
		try {
			jwt.sign(new RSASSASigner(this.signingKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
