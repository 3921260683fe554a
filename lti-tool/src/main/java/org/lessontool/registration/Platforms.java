package org.lessontool.registration;

import java.util.List;
import java.util.Optional;

import org.lessontool.support.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/** What other modules may ask about the platforms the tool trusts. */
@Service
public class Platforms {

	private static final Logger logger = LoggerFactory.getLogger(Platforms.class);

	private final PlatformRepository repository;

	Platforms(PlatformRepository repository) {
		this.repository = repository;
	}

	public Optional<Platform> findById(String id) {
		return this.repository.findById(id);
	}

	/** lti-checklist C-01: the registration for exactly this issuer and client id. */
	public Optional<Platform> find(String issuer, String clientId) {
		return this.repository.find(issuer, clientId);
	}

	public List<Platform> findAll() {
		return this.repository.findAll();
	}

	public List<String> deployments(String platformId) {
		return this.repository.deployments(platformId);
	}

	public PlatformActivity activity(String platformId) {
		return this.repository.activity(platformId);
	}

	public List<Platform> findByIssuer(String issuer) {
		return this.repository.findByIssuer(issuer);
	}

	/** Notes a platform's successful launch, for the admin console. */
	public void launched(String platformId) {
		this.repository.launched(platformId, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
	}

	/** Notes a platform's refused launch and its reason, for the admin console. */
	public void failed(String issuer, String clientId, String reason) {
		if (issuer != null && clientId != null) {
			this.repository.failed(issuer, clientId, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC), reason);
		}
	}

	/**
	 * lti-checklist C-04, C-27: checks a launch's deployment id under the platform's
	 * policy, recording a new one when the policy accepts it.
	 */
	public DeploymentCheck checkDeployment(Platform platform, String deploymentId) {
		if (this.repository.hasDeployment(platform.id(), deploymentId)) {
			return DeploymentCheck.KNOWN;
		}
		if (platform.deploymentPolicy() == Platform.DeploymentPolicy.STRICT) {
			return DeploymentCheck.UNKNOWN;
		}
		if (this.repository.addDeployment(platform.id(), deploymentId, "LEARNED")) {
			logger.info("Recorded new deployment {} of {} (client {}) under the accept-new policy",
					Untrusted.bounded(deploymentId), platform.issuer(), platform.clientId());
		}
		return DeploymentCheck.RECORDED;
	}

}
