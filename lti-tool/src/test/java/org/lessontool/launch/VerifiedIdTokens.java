package org.lessontool.launch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;

import org.lessontool.registration.Platform;
import org.lessontool.tool.Claims;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Verified id_tokens for the claim validators' unit tests: a valid launch, edited. */
final class VerifiedIdTokens {

	static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	static final Platform PLATFORM = new Platform("p1", "https://lms.example.org", "client-1",
			"https://lms.example.org/auth", "https://lms.example.org/token", "https://lms.example.org/jwks", null,
			Platform.DeploymentPolicy.STRICT, Platform.Status.ACTIVE, List.of());

	static final LoginState LOGIN = new LoginState("state", "nonce-1", "p1", "https://tool.example.org/lti/launch",
			"d1", null, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5), null);

	private VerifiedIdTokens() {
	}

	/** A valid resource link launch, edited as given. */
	static VerifiedIdToken token(Consumer<JWTClaimsSet.Builder> edit) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("https://lms.example.org")
			.audience("client-1")
			.subject("student-1")
			.issueTime(Date.from(NOW.minusSeconds(10)))
			.expirationTime(Date.from(NOW.plusSeconds(300)))
			.claim("nonce", "nonce-1")
			.claim(Claims.VERSION, "1.3.0")
			.claim(Claims.DEPLOYMENT_ID, "d1")
			.claim(Claims.MESSAGE_TYPE, Claims.RESOURCE_LINK_REQUEST)
			.claim(Claims.TARGET_LINK_URI, "https://tool.example.org/lti/launch")
			.claim(Claims.RESOURCE_LINK, Map.of("id", "link-1"))
			.claim(Claims.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
		edit.accept(claims);
		return new VerifiedIdToken(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims.build(),
				PLATFORM, LOGIN);
	}

	/** The reason the validator refuses the edited launch, or null when it accepts it. */
	static RejectionReason refusal(ClaimValidator validator, Consumer<JWTClaimsSet.Builder> edit) {
		VerifiedIdToken token = token(edit);
		LaunchRejectedException refused = catchThrowableOfType(LaunchRejectedException.class,
				() -> validator.validate(token));
		return (refused != null) ? refused.reason() : null;
	}

	static Consumer<JWTClaimsSet.Builder> unchanged() {
		return (claims) -> {
		};
	}

}
