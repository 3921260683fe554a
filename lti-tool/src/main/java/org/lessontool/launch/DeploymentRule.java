package org.lessontool.launch;

import org.lessontool.registration.DeploymentCheck;
import org.lessontool.registration.Platforms;

/**
 * lti-checklist C-27, C-04: a deployment id, the login's if it named one, known to the
 * platform's policy.
 */
final class DeploymentRule implements IdTokenRule {

	private final Platforms platforms;

	DeploymentRule(Platforms platforms) {
		this.platforms = platforms;
	}

	@Override
	public void check(IdToken token) {
		String deploymentId = token.stringClaim(Claims.DEPLOYMENT_ID);
		if (deploymentId == null || deploymentId.isBlank()) {
			throw IdToken.reject(RejectionReason.DEPLOYMENT_MISSING, "the deployment_id claim is missing");
		}
		ClaimRules.bounded("deployment_id", deploymentId);
		if (token.login.ltiDeploymentId() != null && !token.login.ltiDeploymentId().equals(deploymentId)) {
			throw IdToken.reject(RejectionReason.CLAIM_INVALID, "deployment " + deploymentId
					+ " is not the login's lti_deployment_id " + token.login.ltiDeploymentId());
		}
		if (this.platforms.checkDeployment(token.platform, deploymentId) == DeploymentCheck.UNKNOWN) {
			throw IdToken.reject(RejectionReason.DEPLOYMENT_UNKNOWN, "deployment " + deploymentId + " of "
					+ token.platform.issuer() + " (client " + token.platform.clientId() + ") is not registered");
		}
	}

}
