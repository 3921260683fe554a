package org.lessontool.launch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.lessontool.registration.Platform;
import org.lessontool.registration.Platforms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the id_token rules in the checklist's order (C-17 to C-32); the first broken rule
 * refuses it.
 */
@Component
class IdTokenValidator {

	private final List<IdTokenRule> rules;

	private final int maxBytes;

	IdTokenValidator(PlatformKeys keys, Platforms platforms, JdbcClient jdbc, Clock clock, LaunchSettings settings) {
		this.maxBytes = settings.maxIdTokenBytes();
		this.rules = List.of(HeaderRules::format, HeaderRules::algorithm, HeaderRules::keyId, HeaderRules::noHeaderKeys,
				new SignatureRule(keys), ClaimRules::issuer, ClaimRules::audience,
				ClaimRules.time(clock, settings.leeway(), settings.stateLifetime()),
				new NonceRule(jdbc, clock, settings.stateLifetime().plus(settings.leeway()).multipliedBy(2)),
				ClaimRules::version, new DeploymentRule(platforms), ClaimRules::messageType, ClaimRules::resourceLink,
				ClaimRules::deepLinkingSettings, ClaimRules::roles, ClaimRules::subject, ClaimRules::context);
	}

	IdToken validate(String raw, Platform platform, LoginState login) {
		// C-32: refuse an oversized token before parsing it
		if (raw.getBytes(StandardCharsets.UTF_8).length > this.maxBytes) {
			throw IdToken.reject(RejectionReason.TOKEN_TOO_LARGE,
					"the id_token is larger than " + this.maxBytes + " bytes");
		}
		IdToken token = new IdToken(raw.strip(), platform, login);
		for (IdTokenRule rule : this.rules) {
			rule.check(token);
		}
		return token;
	}

}
