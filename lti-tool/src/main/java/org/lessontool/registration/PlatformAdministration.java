package org.lessontool.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform changes an admin makes, from the console or the API, each audited
 * (lti-checklist Z-16).
 */
@Service
public class PlatformAdministration {

	private final PlatformRepository platforms;

	private final OutboundRequests outbound;

	private final AdminAudit audit;

	private final ApplicationEventPublisher events;

	PlatformAdministration(PlatformRepository platforms, OutboundRequests outbound, AdminAudit audit,
			ApplicationEventPublisher events) {
		this.platforms = platforms;
		this.outbound = outbound;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Adds a platform; returns the problems that kept it from being saved, empty when it
	 * was.
	 */
	public List<String> add(PlatformForm form, String actor) {
		List<String> problems = new ArrayList<>(form.problems(this.outbound));
		if (problems.isEmpty() && this.platforms.find(form.issuer().strip(), form.clientId().strip()).isPresent()) {
			problems.add("This issuer and client id are registered already");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		String audience = (form.tokenAudience() == null || form.tokenAudience().isBlank()) ? null
				: form.tokenAudience().strip();
		String id = this.platforms.save(new Platform(Platform.UNSAVED, form.issuer().strip(), form.clientId().strip(),
				form.authorizationEndpoint().strip(), form.tokenEndpoint().strip(), form.jwksUrl().strip(), audience,
				Platform.DeploymentPolicy.valueOf(form.deploymentPolicy()), Platform.Status.ACTIVE,
				form.frameAncestorOrigins()));
		form.deployments().forEach((deployment) -> this.platforms.addDeployment(id, deployment, "ACTIVE"));
		this.audit.record(actor, "add platform", form.issuer() + " client " + form.clientId());
		this.events.publishEvent(new PlatformRegistered(form.issuer(), form.clientId()));
		return List.of();
	}

	/**
	 * Changes a platform's endpoints, audience, policy and deployments; its issuer and
	 * client id stay.
	 */
	public List<String> update(String id, PlatformForm form, String actor) {
		Optional<Platform> existing = this.platforms.findById(id);
		if (existing.isEmpty()) {
			return List.of("No such platform");
		}
		Platform platform = existing.get();
		PlatformForm checked = new PlatformForm(platform.issuer(), platform.clientId(), form.authorizationEndpoint(),
				form.tokenEndpoint(), form.jwksUrl(), form.tokenAudience(), form.deploymentIds(),
				form.deploymentPolicy(), form.frameAncestors());
		List<String> problems = checked.problems(this.outbound);
		if (!problems.isEmpty()) {
			return problems;
		}
		String audience = (form.tokenAudience() == null || form.tokenAudience().isBlank()) ? null
				: form.tokenAudience().strip();
		this.platforms.save(new Platform(id, platform.issuer(), platform.clientId(),
				form.authorizationEndpoint().strip(), form.tokenEndpoint().strip(), form.jwksUrl().strip(), audience,
				Platform.DeploymentPolicy.valueOf(form.deploymentPolicy()), platform.status(),
				checked.frameAncestorOrigins()));
		checked.deployments().forEach((deployment) -> this.platforms.addDeployment(id, deployment, "ACTIVE"));
		this.audit.record(actor, "edit platform", platform.issuer() + " client " + platform.clientId());
		this.events.publishEvent(new PlatformRegistered(platform.issuer(), platform.clientId()));
		return List.of();
	}

	/**
	 * Deletes a platform and, through {@link PlatformRemoved}, all its data; the admin
	 * confirms by typing the platform's client id.
	 * @return false when the confirmation does not match
	 */
	@Transactional
	public boolean remove(String id, String confirmation, String actor) {
		Optional<Platform> platform = this.platforms.findById(id);
		if (platform.isEmpty() || confirmation == null || !platform.get().clientId().equals(confirmation.strip())) {
			return false;
		}
		Platform found = platform.get();
		this.events.publishEvent(new PlatformRemoved(id, found.issuer(), found.clientId()));
		this.platforms.delete(id);
		this.audit.record(actor, "remove platform", found.issuer() + " client " + found.clientId()
				+ " and its launches, attempts, progress, grades and tutor questions");
		this.events.publishEvent(new PlatformRegistered(found.issuer(), found.clientId()));
		return true;
	}

	public Optional<Platform> setStatus(String id, Platform.Status status, String actor) {
		Optional<Platform> platform = this.platforms.findById(id);
		platform.ifPresent((found) -> {
			this.platforms.setStatus(id, status);
			this.audit.record(actor, (status == Platform.Status.ACTIVE) ? "approve platform" : "disable platform",
					found.issuer() + " client " + found.clientId());
			this.events.publishEvent(new PlatformRegistered(found.issuer(), found.clientId()));
		});
		return platform;
	}

}
