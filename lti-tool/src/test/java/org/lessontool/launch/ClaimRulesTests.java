package org.lessontool.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import org.lessontool.registration.Platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 18: the rules on an id_token's verified claims, one at a time and without HTTP,
 * each with the checklist item it implements. The HTTP refusal tests keep covering the
 * whole chain.
 */
class ClaimRulesTests {

	static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	static final Platform platform = new Platform("p1", "https://lms.example.org", "client-1",
			"https://lms.example.org/auth", "https://lms.example.org/token", "https://lms.example.org/jwks", null,
			Platform.DeploymentPolicy.STRICT, Platform.Status.ACTIVE, List.of());

	static final LoginState login = new LoginState("state", "nonce", "p1", "https://tool.example.org/lti/launch", "d1",
			null, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5), null);

	/** A valid resource link launch, edited as given. */
	static IdToken token(Consumer<JWTClaimsSet.Builder> edit) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("https://lms.example.org")
			.audience("client-1")
			.subject("student-1")
			.issueTime(Date.from(NOW.minusSeconds(10)))
			.expirationTime(Date.from(NOW.plusSeconds(300)))
			.claim(Claims.VERSION, "1.3.0")
			.claim(Claims.MESSAGE_TYPE, Claims.RESOURCE_LINK_REQUEST)
			.claim(Claims.TARGET_LINK_URI, "https://tool.example.org/lti/launch")
			.claim(Claims.RESOURCE_LINK, Map.of("id", "link-1"))
			.claim(Claims.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
		edit.accept(claims);
		IdToken token = new IdToken("raw", platform, login);
		token.claims = claims.build();
		return token;
	}

	static RejectionReason refusal(IdTokenRule rule, Consumer<JWTClaimsSet.Builder> edit) {
		LaunchRejectedException refused = catchThrowableOfType(LaunchRejectedException.class,
				() -> rule.check(token(edit)));
		return (refused != null) ? refused.reason() : null;
	}

	@Test
	void whenEveryClaimIsRightThenNoRuleRefuses() {
		IdTokenRule time = ClaimRules.time(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(60),
				Duration.ofMinutes(10));
		for (IdTokenRule rule : List.<IdTokenRule>of(ClaimRules::issuer, ClaimRules::audience, time,
				ClaimRules::version, ClaimRules::messageType, ClaimRules::resourceLink, ClaimRules::roles,
				ClaimRules::subject, ClaimRules::context)) {
			assertThatNoException().isThrownBy(() -> rule.check(token((claims) -> {
			})));
		}
	}

	@Test
	void whenTheIssuerDiffersEvenByATrailingSlashThenC22Refuses() {
		// lti-checklist C-22: exactly the registration issuer
		assertThat(refusal(ClaimRules::issuer, (c) -> c.issuer("https://lms.example.org/")))
			.isEqualTo(RejectionReason.ISSUER_MISMATCH);
	}

	@Test
	void whenTheAudienceLacksTheClientOrAzpIsMissingOrWrongThenC23Refuses() {
		// lti-checklist C-23: aud as a string or a list holding the client id; azp when
		// several
		assertThat(refusal(ClaimRules::audience, (c) -> c.audience("other")))
			.isEqualTo(RejectionReason.AUDIENCE_MISMATCH);
		assertThat(refusal(ClaimRules::audience, (c) -> c.audience(List.of("client-1", "other"))))
			.isEqualTo(RejectionReason.AUDIENCE_MISMATCH);
		assertThat(refusal(ClaimRules::audience, (c) -> c.audience(List.of("client-1", "other")).claim("azp", "other")))
			.isEqualTo(RejectionReason.AUDIENCE_MISMATCH);
		assertThat(
				refusal(ClaimRules::audience, (c) -> c.audience(List.of("client-1", "other")).claim("azp", "client-1")))
			.isNull();
	}

	@Test
	void whenTheTokenIsExpiredFromTheFutureOrTooOldBeyondTheLeewayThenC24Refuses() {
		// lti-checklist C-24: exp and iat, within the leeway
		IdTokenRule time = ClaimRules.time(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(60),
				Duration.ofMinutes(10));
		assertThat(refusal(time, (c) -> c.expirationTime(Date.from(NOW.minusSeconds(61)))))
			.isEqualTo(RejectionReason.TOKEN_EXPIRED);
		assertThat(refusal(time, (c) -> c.expirationTime(Date.from(NOW.minusSeconds(59))))).isNull();
		assertThat(refusal(time, (c) -> c.issueTime(Date.from(NOW.plusSeconds(61)))))
			.isEqualTo(RejectionReason.TOKEN_NOT_YET_VALID);
		assertThat(refusal(time, (c) -> c.issueTime(Date.from(NOW.minusSeconds(11 * 60 + 1)))))
			.isEqualTo(RejectionReason.TOKEN_EXPIRED);
		assertThat(refusal(time, (c) -> c.issueTime(null))).isEqualTo(RejectionReason.CLAIM_MISSING);
	}

	@Test
	void whenTheVersionOrMessageTypeIsWrongThenC26AndC28Refuse() {
		// lti-checklist C-26 (version 1.3.0 exactly) and C-28 (only the message types
		// served)
		assertThat(refusal(ClaimRules::version, (c) -> c.claim(Claims.VERSION, "1.1")))
			.isEqualTo(RejectionReason.VERSION_INVALID);
		assertThat(refusal(ClaimRules::messageType, (c) -> c.claim(Claims.MESSAGE_TYPE, "LtiSubmissionReviewRequest")))
			.isEqualTo(RejectionReason.MESSAGE_TYPE_UNSUPPORTED);
		assertThat(refusal(ClaimRules::messageType, (c) -> c.claim(Claims.MESSAGE_TYPE, null)))
			.isEqualTo(RejectionReason.CLAIM_MISSING);
	}

	@Test
	void whenTheTargetIsNotTheLoginsOrTheLinkHasNoIdThenC29Refuses() {
		// lti-checklist C-29: target_link_uri is the login's, resource_link has an id
		assertThat(refusal(ClaimRules::resourceLink,
				(c) -> c.claim(Claims.TARGET_LINK_URI, "https://tool.example.org/lti/launch?x=1")))
			.isEqualTo(RejectionReason.CLAIM_INVALID);
		assertThat(refusal(ClaimRules::resourceLink, (c) -> c.claim(Claims.RESOURCE_LINK, Map.of("title", "t"))))
			.isEqualTo(RejectionReason.CLAIM_MISSING);
		assertThat(
				refusal(ClaimRules::resourceLink, (c) -> c.claim(Claims.RESOURCE_LINK, Map.of("id", "x".repeat(256)))))
			.isEqualTo(RejectionReason.CLAIM_INVALID);
	}

	@Test
	void whenRolesAreNotAListOfStringsOrTheUserIsMissingThenC30AndC31Refuse() {
		// lti-checklist C-30 (roles a list, empty allowed) and C-31 (sub present and not
		// blank)
		assertThat(refusal(ClaimRules::roles, (c) -> c.claim(Claims.ROLES, "Learner")))
			.isEqualTo(RejectionReason.CLAIM_MISSING);
		assertThat(refusal(ClaimRules::roles, (c) -> c.claim(Claims.ROLES, List.of()))).isNull();
		assertThat(refusal(ClaimRules::subject, (c) -> c.subject(" "))).isEqualTo(RejectionReason.CLAIM_MISSING);
	}

	@Test
	void whenAContextIsSentWithoutAnIdThenC35Refuses() {
		assertThat(refusal(ClaimRules::context, (c) -> c.claim(Claims.CONTEXT, Map.of("title", "Course"))))
			.isEqualTo(RejectionReason.CLAIM_INVALID);
		assertThat(refusal(ClaimRules::context, (c) -> c.claim(Claims.CONTEXT, null))).isNull();
	}

}
