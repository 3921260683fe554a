package org.lessontool.launch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessontool.admin.LaunchFailures;
import org.lessontool.test.ToolTest;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every forged, stale or malformed launch is refused with its reason and leaves no usable
 * session (lti-checklist C-17 to C-32, Z-01 to Z-06, X-01). Over HTTP once, on one
 * database (issue 18): each rule has its own unit test, and none of these refusals reads
 * more of the database than the login state and nonce, which {@code PostgresLoginTests}
 * and {@code PostgresReplayTests} cover on PostgreSQL.
 */
@ToolTest
class RefusedLaunchTests extends LaunchContract {

	static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

	@org.junit.jupiter.api.Test
	void aRefusedLaunchShowsTheToolsOwnPageNotTheLmsReturnUrl() {
		// lti-checklist C-43 (a MAY, docs/architecture.md): the tool answers a refused
		// launch with its own page in the LMS's frame, and sends nobody to return_url
		String back = main.issuer() + "/course/view.php?id=7";
		java.net.http.HttpResponse<String> response = launchWith((claims) -> {
			claims.put("https://purl.imsglobal.org/spec/lti/claim/version", "1.1");
			claims.put("https://purl.imsglobal.org/spec/lti/claim/launch_presentation", Map.of("return_url", back));
		});
		assertRefused(response, RejectionReason.VERSION_INVALID);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.body()).doesNotContain("lti_errormsg");
	}

	/** A claim edit, and the reason it must be refused for. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("badClaims")
	void badClaimsAreRefused(String name, Consumer<Map<String, Object>> edit, RejectionReason reason) {
		assertRefused(launchWith(edit), reason);
		assertThat(this.failures.recent(5)).extracting(LaunchFailures.Failure::reason).contains(reason);
	}

	static List<Arguments> badClaims() {
		Instant now = Instant.now();
		return List.of(
				bad("expired", (c) -> c.put("exp", Date.from(now.minusSeconds(120))), RejectionReason.TOKEN_EXPIRED),
				bad("timestamps incorrect (exp 22222, iat 11111)", (c) -> {
					c.put("exp", new Date(22222000L));
					c.put("iat", new Date(11111000L));
				}, RejectionReason.TOKEN_EXPIRED),
				bad("iat in the future", (c) -> c.put("iat", Date.from(now.plusSeconds(600))),
						RejectionReason.TOKEN_NOT_YET_VALID),
				bad("wrong aud", (c) -> c.put("aud", List.of("someone-else")), RejectionReason.AUDIENCE_MISMATCH),
				bad("extra aud without azp", (c) -> c.put("aud", List.of("other", TestPlatform.CLIENT_ID)),
						RejectionReason.AUDIENCE_MISMATCH),
				bad("azp of another client", (c) -> c.put("azp", "other"), RejectionReason.AUDIENCE_MISMATCH),
				bad("wrong iss", (c) -> c.put("iss", "https://canvas.instructure.com"),
						RejectionReason.ISSUER_MISMATCH),
				bad("iss with a trailing slash", (c) -> c.put("iss", c.get("iss") + "/"),
						RejectionReason.ISSUER_MISMATCH),
				bad("nonce of another login", (c) -> c.put("nonce", "not-the-nonce"), RejectionReason.NONCE_MISMATCH),
				bad("wrong LTI version", (c) -> c.put(LTI + "version", "1.2.0"), RejectionReason.VERSION_INVALID),
				bad("no LTI version", (c) -> c.remove(LTI + "version"), RejectionReason.VERSION_INVALID),
				bad("deployment_id missing", (c) -> c.remove(LTI + "deployment_id"),
						RejectionReason.DEPLOYMENT_MISSING),
				bad("deployment_id other than the login's", (c) -> c.put(LTI + "deployment_id", "2:other"),
						RejectionReason.CLAIM_INVALID),
				bad("message_type missing", (c) -> c.remove(LTI + "message_type"), RejectionReason.CLAIM_MISSING),
				bad("message_type unsupported", (c) -> c.put(LTI + "message_type", "LtiSubmissionReviewRequest"),
						RejectionReason.MESSAGE_TYPE_UNSUPPORTED),
				bad("resource_link_id missing", (c) -> c.put(LTI + "resource_link", Map.of("title", "x")),
						RejectionReason.CLAIM_MISSING),
				bad("target_link_uri other than the login's",
						(c) -> c.put(LTI + "target_link_uri", "https://evil.example/"), RejectionReason.CLAIM_INVALID),
				bad("roles claim missing", (c) -> c.remove(LTI + "roles"), RejectionReason.CLAIM_MISSING),
				bad("user (sub) missing", (c) -> c.remove("sub"), RejectionReason.CLAIM_MISSING),
				bad("user (sub) empty", (c) -> c.put("sub", ""), RejectionReason.CLAIM_MISSING),
				bad("missing LTI claims",
						(c) -> c.keySet().removeIf((name) -> name.startsWith("https://purl.imsglobal.org/")),
						RejectionReason.VERSION_INVALID),
				bad("sub longer than 255", (c) -> c.put("sub", "x".repeat(256)), RejectionReason.CLAIM_INVALID),
				// issue 15: each of these was a 500 from the database
				bad("context id longer than 255", (c) -> c.put(LTI + "context", Map.of("id", "c".repeat(256))),
						RejectionReason.CLAIM_INVALID),
				bad("resource_link id longer than 255",
						(c) -> c.put(LTI + "resource_link", Map.of("id", "r".repeat(256))),
						RejectionReason.CLAIM_INVALID),
				bad("roles longer than 4,000 characters",
						(c) -> c.put(LTI + "roles",
								List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", "x".repeat(5000))),
						RejectionReason.CLAIM_INVALID),
				bad("custom parameters longer than 10,000 characters",
						(c) -> c.put(LTI + "custom", Map.of("big", "y".repeat(12000))), RejectionReason.CLAIM_INVALID),
				bad("AGS line item URL longer than 2,000 characters",
						(c) -> c.put("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
								Map.of("lineitem", "https://lms.example/" + "l".repeat(2100), "scope",
										List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"))),
						RejectionReason.CLAIM_INVALID),
				bad("NRPS URL that is not a URL",
						(c) -> c.put("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
								Map.of("context_memberships_url", "javascript:alert(1)")),
						RejectionReason.CLAIM_INVALID),
				bad("return_url that is not a URL",
						(c) -> c.put(LTI + "launch_presentation", Map.of("return_url", "http://[broken")),
						RejectionReason.CLAIM_INVALID));
	}

	static Arguments bad(String name, Consumer<Map<String, Object>> edit, RejectionReason reason) {
		return Arguments.of(name, edit, reason);
	}

	/** A token forged or malformed as a whole, and the reason it must be refused for. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("badTokens")
	void badTokensAreRefused(String name, TokenForger forger, RejectionReason reason) {
		TestBrowser browser = browser();
		TestBrowser.Login login = browser.login(main);
		Map<String, Object> claims = main.studentClaims(login.nonce(), browser.targetLinkUri());
		assertRefused(browser.launch(forger.forge(claims), login), reason);
	}

	static List<Arguments> badTokens() {
		return List.of(Arguments.of("two parts only", forger((c) -> "abc.def"), RejectionReason.TOKEN_MALFORMED),
				Arguments.of("garbage", forger((c) -> "%%%not a token%%%"), RejectionReason.TOKEN_MALFORMED),
				Arguments.of("empty header, bad payload",
						forger((c) -> b64("{}") + "." + b64("{\"name\":\"badltilaunch\"}") + ".sig"),
						RejectionReason.TOKEN_MALFORMED),
				Arguments.of("alg none", forger((c) -> b64("{\"alg\":\"none\"}") + "." + b64(claimsJson(c)) + "."),
						RejectionReason.ALGORITHM_NOT_ALLOWED),
				Arguments.of("HS256 keyed with the platform's public key",
						forger(RefusedLaunchTests::hmacWithPublicKey), RejectionReason.ALGORITHM_NOT_ALLOWED),
				Arguments.of("no kid", forger((c) -> main.sign(c, (h) -> h.keyID(null))), RejectionReason.KID_MISSING),
				Arguments.of("unknown kid", forger((c) -> main.sign(c, (h) -> h.keyID("no-such-kid"))),
						RejectionReason.KEY_NOT_FOUND),
				// Z-03: a kid is an opaque lookup string
				Arguments.of("kid with a path", forger((c) -> main.sign(c, (h) -> h.keyID("../../etc/passwd"))),
						RejectionReason.KEY_NOT_FOUND),
				// Z-02: header-supplied key material is never fetched
				Arguments.of("jku header", forger(
						(c) -> main.sign(c, (h) -> h.jwkURL(java.net.URI.create("https://attacker.example/jwks")))),
						RejectionReason.HEADER_KEY_MATERIAL),
				Arguments.of("x5u header",
						forger((c) -> main.sign(c,
								(h) -> h.x509CertURL(java.net.URI.create("https://attacker.example/cert")))),
						RejectionReason.HEADER_KEY_MATERIAL),
				Arguments.of("critical header",
						forger((c) -> main.sign(c, (h) -> h.criticalParams(java.util.Set.of("exp")))),
						RejectionReason.HEADER_KEY_MATERIAL),
				Arguments.of("flipped signature", forger(RefusedLaunchTests::flippedSignature),
						RejectionReason.SIGNATURE_INVALID),
				Arguments.of("signed by another platform",
						forger((c) -> learning.sign(c, (h) -> h.keyID(main.signingKey().getKeyID()))),
						RejectionReason.SIGNATURE_INVALID),
				// larger bodies are refused before they are read (ErrorPageTests)
				Arguments.of("oversized (100 KB)", forger((c) -> {
					c.put("padding", "x".repeat(100_000));
					return main.sign(c);
				}), RejectionReason.TOKEN_TOO_LARGE));
	}

	static TokenForger forger(TokenForger forger) {
		return forger;
	}

	/** Makes the token to post from valid claims. */
	@FunctionalInterface
	interface TokenForger {

		String forge(Map<String, Object> claims);

	}

	static String b64(String json) {
		return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
	}

	static String claimsJson(Map<String, Object> claims) {
		JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
		claims.forEach(set::claim);
		return set.build().toString();
	}

	static String hmacWithPublicKey(Map<String, Object> claims) {
		try {
			JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
			claims.forEach(set::claim);
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(main.signingKey().getKeyID()).build(), set.build());
			jwt.sign(new MACSigner(main.signingKey().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String flippedSignature(Map<String, Object> claims) {
		String token = main.sign(claims);
		int dot = token.lastIndexOf('.');
		byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
		signature[10] ^= 0x01;
		return token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
	}

}
