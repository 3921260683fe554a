package org.lessontool.launch;

import java.util.function.BiFunction;

import org.lessontool.tool.Claims;
import org.lessontool.registration.DeploymentCheck;
import org.lessontool.registration.Platform;

/**
 * lti-checklist C-27, C-04: a deployment id, the login's if it named one, known to the
 * platform's policy.
 */
final class DeploymentValidator implements ClaimValidator {

	private final BiFunction<Platform, String, DeploymentCheck> policy;

	/**
	 * @param policy the platform's deployment policy ({@code Platforms::checkDeployment})
	 */
	DeploymentValidator(BiFunction<Platform, String, DeploymentCheck> policy) {
		this.policy = policy;
	}

	@Override
	public void validate(VerifiedIdToken token) {
		String deploymentId = token.stringClaim(Claims.DEPLOYMENT_ID);
		if (deploymentId == null || deploymentId.isBlank()) {
			throw new LaunchRejectedException(RejectionReason.DEPLOYMENT_MISSING, "the deployment_id claim is missing");
		}
		ClaimValidator.bounded("deployment_id", deploymentId);
		if (token.login().ltiDeploymentId() != null && !token.login().ltiDeploymentId().equals(deploymentId)) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_INVALID, "deployment " + deploymentId
					+ " is not the login's lti_deployment_id " + token.login().ltiDeploymentId());
		}
		if (this.policy.apply(token.platform(), deploymentId) == DeploymentCheck.UNKNOWN) {
			throw new LaunchRejectedException(RejectionReason.DEPLOYMENT_UNKNOWN, "deployment " + deploymentId + " of "
					+ token.platform().issuer() + " (client " + token.platform().clientId() + ") is not registered");
		}
	}

}
