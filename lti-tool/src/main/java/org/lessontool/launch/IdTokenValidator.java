package org.lessontool.launch;

import java.time.Clock;
import java.util.List;

import org.lessontool.registration.Platform;
import org.lessontool.registration.PlatformKeySets;
import org.lessontool.registration.PlatformKeysUnavailable;
import org.lessontool.registration.Platforms;
import org.springframework.stereotype.Component;

/**
 * Verifies an id_token, then runs the claim validators in the checklist's order (C-17 to
 * C-32); the first broken rule refuses it.
 */
@Component
class IdTokenValidator {

	private final IdTokenVerifier verifier;

	private final List<ClaimValidator> validators;

	IdTokenValidator(PlatformKeySets keys, Platforms platforms, Clock clock, LaunchSettings settings) {
		this.verifier = new IdTokenVerifier((platform, kid) -> {
			try {
				return keys.find(platform, kid);
			}
			catch (PlatformKeysUnavailable ex) {
				throw new LaunchRejectedException(RejectionReason.KEY_NOT_FOUND, ex.getMessage());
			}
		}, settings.maxIdTokenBytes());
		this.validators = List.of(new IssuerValidator(), new AudienceValidator(),
				new TimeValidator(clock, settings.leeway(), settings.stateLifetime()), new NonceValidator(),
				new VersionValidator(), new DeploymentValidator(platforms::checkDeployment), new MessageTypeValidator(),
				new ResourceLinkValidator(), new DeepLinkingSettingsValidator(), new RolesValidator(),
				new SubjectValidator(), new ContextValidator());
	}

	VerifiedIdToken validate(String raw, Platform platform, LoginState login) {
		VerifiedIdToken token = this.verifier.verify(raw, platform, login);
		for (ClaimValidator validator : this.validators) {
			validator.validate(token);
		}
		return token;
	}

}
