package org.lessontool.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The test platform's Assignment and Grade Services and token endpoint, on the same
 * loopback server: it records every request exactly as it arrived and answers from queues
 * a test can fill (503 twice, then 200, and so on).
 */
public final class TestAgs {

	private final String base;

	private final List<Recorded> requests = new CopyOnWriteArrayList<>();

	private final List<Recorded> tokenLog = new CopyOnWriteArrayList<>();

	private volatile boolean silentTokens;

	private final List<Recorded> accepted = new CopyOnWriteArrayList<>();

	private final Deque<Integer> scoreStatuses = new ConcurrentLinkedDeque<>();

	private volatile boolean down;

	/**
	 * Answers kept for one user's scores, so a shared platform's other traffic cannot
	 * take them.
	 */
	private final Map<String, Deque<Integer>> statusesByUser = new java.util.concurrent.ConcurrentHashMap<>();

	private final List<String> lineItems = new CopyOnWriteArrayList<>();

	private volatile Hold hold;

	private final AtomicInteger ids = new AtomicInteger(100);

	private final AtomicInteger tokens = new AtomicInteger();

	private volatile String grantedScope;

	volatile TestPlatform.Lms lms = TestPlatform.Lms.GENERIC;

	private volatile String tokenError;

	private volatile com.nimbusds.jwt.proc.DefaultJWTProcessor<com.nimbusds.jose.proc.SecurityContext> assertions;

	TestAgs(HttpServer server, String base) {
		this.base = base;
		server.createContext("/token", this::token);
		server.createContext("/lineitems", this::lineItems);
	}

	/** A request as the platform received it. */
	public record Recorded(String method, String path, String query, Map<String, String> headers, String body) {

		public Map<String, String> form() {
			Map<String, String> form = new LinkedHashMap<>();
			for (String pair : this.body.split("&")) {
				int eq = pair.indexOf('=');
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
			return form;
		}

	}

	public List<Recorded> requests() {
		return new ArrayList<>(this.requests);
	}

	public List<Recorded> scores() {
		return this.requests.stream().filter((r) -> r.path().endsWith("/scores")).toList();
	}

	/** The scores of users whose id starts with the prefix, in the order they came. */
	public List<Recorded> scoresStartingWith(String prefix) {
		return scores().stream().filter((r) -> r.body().contains("\"userId\":\"" + prefix)).toList();
	}

	public List<Recorded> scoresFor(String subject) {
		return scores().stream().filter((r) -> r.body().contains("\"userId\":\"" + subject + "\"")).toList();
	}

	/** Every token request since the platform started; {@link #reset()} keeps these. */
	public List<Recorded> tokenLog() {
		return new ArrayList<>(this.tokenLog);
	}

	public long tokenRequests() {
		return this.requests.stream().filter((r) -> r.path().equals("/token")).count();
	}

	/** Score posts the platform answered with 200, in the order they arrived. */
	public List<Recorded> acceptedScores() {
		return new ArrayList<>(this.accepted);
	}

	/** The LMS is down: every score post gets 503 until {@link #recover()}. */
	public void goDown() {
		this.down = true;
	}

	/** The LMS is back: score posts are taken again from now on. */
	public void recover() {
		this.down = false;
		this.scoreStatuses.clear();
		this.statusesByUser.clear();
	}

	/** The next score posts get these statuses, in order; then 200. */
	public void answerScores(Integer... statuses) {
		this.scoreStatuses.addAll(List.of(statuses));
	}

	/**
	 * A slow LMS: score posts of users whose id starts with the prefix stay in flight
	 * until {@code together} of them are, or until {@code patience} has passed.
	 */
	public void holdScoresOf(String prefix, int together, java.time.Duration patience) {
		this.hold = new Hold(prefix, together, patience);
	}

	/** The most held score posts that were in flight at once. */
	public int mostHeldAtOnce() {
		Hold current = this.hold;
		return (current != null) ? current.most.get() : 0;
	}

	private record Hold(String prefix, int together, java.time.Duration patience, AtomicInteger inFlight,
			AtomicInteger most) {

		Hold(String prefix, int together, java.time.Duration patience) {
			this(prefix, together, patience, new AtomicInteger(), new AtomicInteger());
		}

		void await() {
			this.most.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
			long end = System.nanoTime() + this.patience.toNanos();
			try {
				synchronized (this) {
					notifyAll();
					while (this.inFlight.get() < this.together && System.nanoTime() < end) {
						wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.inFlight.decrementAndGet();
			}
		}

	}

	/** Answers this user's next scores with these statuses, then 200. */
	public void answerScoresOf(String userId, Integer... statuses) {
		this.statusesByUser.computeIfAbsent(userId, (user) -> new ConcurrentLinkedDeque<>()).addAll(List.of(statuses));
	}

	/** Answers token requests with this OAuth error from now on (null: issues tokens). */
	public void refuseTokens(String error) {
		this.tokenError = error;
	}

	/** From now on the token endpoint takes the connection and does not answer. */
	public void stopAnsweringTokens(boolean silent) {
		this.silentTokens = silent;
	}

	/** Grants only this scope string from now on (null grants what was asked). */
	public void grantScope(String scope) {
		this.grantedScope = scope;
	}

	/**
	 * Adds a line item the platform already has, bound to a resource link; returns its
	 * URL.
	 */
	public String addLineItem(String resourceLinkId) {
		String id = this.base + "/lineitems/" + this.ids.incrementAndGet() + "/lineitem?type_id=1";
		this.lineItems.add("{\"id\":\"" + id + "\",\"label\":\"Existing\",\"scoreMaximum\":15,\"resourceLinkId\":\""
				+ resourceLinkId + "\"}");
		return id;
	}

	/**
	 * Verifies client assertions against the tool's keyset from now on, caching it and
	 * fetching it again on an unknown kid, as Moodle does (lti-checklist M-10); a failed
	 * check answers 401.
	 */
	public void verifyAssertionsWith(String toolJwksUrl) {
		try {
			com.nimbusds.jose.jwk.source.JWKSource<com.nimbusds.jose.proc.SecurityContext> keys = com.nimbusds.jose.jwk.source.JWKSourceBuilder.<com.nimbusds.jose.proc.SecurityContext>create(
					java.net.URI.create(toolJwksUrl).toURL())
				.rateLimited(false)
				.build();
			com.nimbusds.jwt.proc.DefaultJWTProcessor<com.nimbusds.jose.proc.SecurityContext> processor = new com.nimbusds.jwt.proc.DefaultJWTProcessor<>();
			processor.setJWSKeySelector(new com.nimbusds.jose.proc.JWSVerificationKeySelector<>(
					com.nimbusds.jose.JWSAlgorithm.RS256, keys));
			this.assertions = processor;
		}
		catch (java.net.MalformedURLException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	public void reset() {
		this.down = false;
		this.hold = null;
		this.assertions = null;
		this.lms = TestPlatform.Lms.GENERIC;
		this.tokenError = null;
		this.requests.clear();
		this.scoreStatuses.clear();
		this.statusesByUser.clear();
		this.grantedScope = null;
	}

	void token(HttpExchange exchange) throws IOException {
		Recorded request = record(exchange);
		this.requests.add(request);
		this.tokenLog.add(request);
		while (this.silentTokens) {
			try {
				Thread.sleep(100); // an LMS that has stopped answering; the tool must
									// give up
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		Integer status = null;
		if (this.assertions != null) {
			try {
				this.assertions.process(request.form().get("client_assertion"), null);
			}
			catch (Exception ex) {
				status = 401;
			}
		}
		// Moodle labels its JSON answers text/html, success and error alike
		String type = (this.lms == TestPlatform.Lms.MOODLE) ? "text/html; charset=utf-8" : "application/json";
		if (status != null) {
			respond(exchange, status, "{\n  \"error\" : \"invalid_client\"\n}", type);
			return;
		}
		String problem = (this.tokenError != null) ? "{\n  \"error\" : \"" + this.tokenError + "\"\n}"
				: lmsProblem(request.form());
		if (problem != null) {
			respond(exchange, 400, problem, type);
			return;
		}
		String scope = (this.grantedScope != null) ? this.grantedScope : request.form().get("scope");
		respond(exchange, 200, "{\n  \"access_token\" : \"tok-" + this.tokens.incrementAndGet()
				+ "\",\n  \"token_type\" : \"Bearer\",\n  \"expires_in\" : 3600,\n  \"scope\" : \"" + scope + "\"\n}",
				type);
	}

	/** The LMS's own refusals of a token request, as its code words them. */
	private String lmsProblem(Map<String, String> form) {
		if (this.lms == TestPlatform.Lms.MOODLE && (form.get("scope") == null || form.get("scope").isBlank())) {
			return "{\n  \"error\" : \"invalid_request\"\n}";
		}
		if (this.lms == TestPlatform.Lms.CANVAS) {
			try {
				com.nimbusds.jwt.JWTClaimsSet assertion = com.nimbusds.jwt.SignedJWT.parse(form.get("client_assertion"))
					.getJWTClaimsSet();
				if (!assertion.getAudience().equals(List.of(this.base + "/token"))) {
					return "{\"error\":\"invalid_request\",\"error_description\":\"the 'aud' is invalid\"}";
				}
				// Canvas refuses an iat over 5 minutes old or over 30 s ahead
				long age = System.currentTimeMillis() - assertion.getIssueTime().getTime();
				if (age > 300_000 || age < -30_000) {
					return "{\"error\":\"invalid_request\",\"error_description\":\"the 'iat' is invalid\"}";
				}
			}
			catch (java.text.ParseException | NullPointerException ex) {
				return "{\"error\":\"invalid_request\"}";
			}
		}
		return null;
	}

	private void lineItems(HttpExchange exchange) throws IOException {
		Recorded request = record(exchange);
		this.requests.add(request);
		if (request.path().endsWith("/scores")) {
			java.util.regex.Matcher user = java.util.regex.Pattern.compile("\"userId\":\"([^\"]*)\"")
				.matcher(request.body());
			boolean found = user.find();
			Hold current = this.hold;
			if (found && current != null && user.group(1).startsWith(current.prefix())) {
				current.await();
			}
			Deque<Integer> own = found ? this.statusesByUser.get(user.group(1)) : null;
			Integer status = this.down ? Integer.valueOf(503)
					: (own != null && !own.isEmpty()) ? own.poll() : this.scoreStatuses.poll();
			int code = (status != null) ? status : 200;
			if (code >= 200 && code < 300) {
				this.accepted.add(request);
			}
			if (code == 204) {
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
				return;
			}
			respond(exchange, code,
					(code == 422) ? "{\"error\":\"User not found in course or is not a student\"}" : "{}",
					"application/json");
		}
		else if (request.method().equals("GET")) {
			respond(exchange, 200, "[" + String.join(",", this.lineItems) + "]",
					"application/vnd.ims.lis.v2.lineitemcontainer+json");
		}
		else {
			String id = this.base + "/lineitems/" + this.ids.incrementAndGet() + "/lineitem?type_id=1";
			String created = request.body().replaceFirst("^\\{", "{\"id\":\"" + id + "\",");
			this.lineItems.add(created);
			respond(exchange, 201, created, "application/vnd.ims.lis.v2.lineitem+json");
		}
	}

	static Recorded record(HttpExchange exchange) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		return new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				exchange.getRequestURI().getRawQuery(), headers, body);
	}

	static void respond(HttpExchange exchange, int status, String body, String type) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
