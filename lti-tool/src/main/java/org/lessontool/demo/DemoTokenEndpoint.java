package org.lessontool.demo;

import java.net.URI;
import java.net.MalformedURLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo LMS's OAuth 2 token endpoint: it checks the tool's client assertion against
 * the tool's published JWKS, fetched over HTTP as Moodle and Canvas do, and issues
 * hour-long tokens. Its answers are JSON labelled {@code text/html}, as Moodle 4.5 labels
 * them (lti-checklist M-07), and the assertion's audience must be the token endpoint URL,
 * as Canvas requires (CV-09): a tool that passes the demo passes both.
 */
@RestController
@Profile("default | demo")
class DemoTokenEndpoint {

	static final String MOODLE_LABEL = "text/html;charset=utf-8";

	private final DemoSettings settings;

	private final JdbcClient jdbc;

	private final DemoRegistrations registrations;

	private final DefaultJWTProcessor<SecurityContext> assertions = new DefaultJWTProcessor<>();

	private final JsonMapper json;

	DemoTokenEndpoint(DemoSettings settings, JdbcClient jdbc, DemoRegistrations registrations, JsonMapper json)
			throws MalformedURLException {
		this.json = json;
		this.settings = settings;
		this.jdbc = jdbc;
		this.registrations = registrations;
		JWKSource<SecurityContext> toolKeys = JWKSourceBuilder
			.<SecurityContext>create(URI.create(settings.toolUrl() + "/.well-known/jwks.json").toURL())
			.build();
		this.assertions.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, toolKeys));
	}

	@PostMapping(path = "/demo/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> token(@RequestParam Map<String, String> form) {
		if (!"client_credentials".equals(form.get("grant_type"))) {
			return error("unsupported_grant_type");
		}
		String scope = form.getOrDefault("scope", "").strip();
		if (scope.isEmpty() || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
			.equals(form.get("client_assertion_type"))) {
			return error("invalid_request");
		}
		try {
			JWTClaimsSet claims = this.assertions.process(form.get("client_assertion"), null);
			Instant now = Instant.now();
			boolean valid = this.registrations.find(String.valueOf(claims.getIssuer())).isPresent()
					&& String.valueOf(claims.getIssuer()).equals(claims.getSubject())
					&& claims.getAudience().contains(this.settings.platformUrl() + "/demo/token")
					&& claims.getJWTID() != null && claims.getExpirationTime() != null
					&& claims.getExpirationTime().after(Date.from(now))
					&& claims.getExpirationTime().before(Date.from(now.plusSeconds(330)));
			if (!valid) {
				return error("invalid_client");
			}
		}
		catch (Exception ex) {
			return error("invalid_client");
		}
		String token = UUID.randomUUID().toString();
		this.jdbc.sql("insert into demo_access_token (token, scopes, expires_at) values (:t, :s, :e)")
			.param("t", token)
			.param("s", scope)
			.param("e", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1))
			.update();
		return answer(200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", 3600, "scope", scope));
	}

	private ResponseEntity<String> error(String code) {
		return answer(400, Map.of("error", code));
	}

	private ResponseEntity<String> answer(int status, Map<String, Object> body) {
		return ResponseEntity.status(status)
			.contentType(MediaType.parseMediaType(MOODLE_LABEL))
			.body(this.json.writeValueAsString(body));
	}

}
