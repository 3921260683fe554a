package org.lessontool.launch;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lessontool.registration.DeploymentCheck;
import org.lessontool.tool.Claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.refusal;
import static org.lessontool.launch.VerifiedIdTokens.unchanged;

// lti-checklist C-27: a deployment id, the login's if it named one; C-04: known to the platform's policy
class DeploymentValidatorTests {

	private final List<String> asked = new ArrayList<>();

	private DeploymentValidator answering(DeploymentCheck check) {
		return new DeploymentValidator((platform, deploymentId) -> {
			this.asked.add(deploymentId);
			return check;
		});
	}

	@Test
	void whenThePolicyKnowsOrRecordsTheDeploymentThenAccepted() {
		assertThat(refusal(answering(DeploymentCheck.KNOWN), unchanged())).isNull();
		assertThat(refusal(answering(DeploymentCheck.RECORDED), unchanged())).isNull();
		assertThat(this.asked).containsExactly("d1", "d1");
	}

	@Test
	void whenThePolicyDoesNotKnowTheDeploymentThenRefused() {
		assertThat(refusal(answering(DeploymentCheck.UNKNOWN), unchanged()))
			.isEqualTo(RejectionReason.DEPLOYMENT_UNKNOWN);
	}

	@Test
	void whenTheDeploymentIdIsMissingThenRefusedBeforeThePolicyIsAsked() {
		assertThat(refusal(answering(DeploymentCheck.KNOWN), (c) -> c.claim(Claims.DEPLOYMENT_ID, null)))
			.isEqualTo(RejectionReason.DEPLOYMENT_MISSING);
		assertThat(this.asked).isEmpty();
	}

	@Test
	void whenTheDeploymentIsNotTheOneTheLoginNamedThenRefused() {
		assertThat(refusal(answering(DeploymentCheck.KNOWN), (c) -> c.claim(Claims.DEPLOYMENT_ID, "d2")))
			.isEqualTo(RejectionReason.CLAIM_INVALID);
	}

}
