package org.lessontool.registration;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.support.HttpsSettings;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Loads the platforms declared under {@code lti.platforms} into the database at start,
 * refusing to start on an incomplete or (where HTTPS is required) insecure declaration.
 */
@Component
class ConfiguredPlatforms implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(ConfiguredPlatforms.class);

	private final RegistrationSettings settings;

	private final PlatformRepository repository;

	private final HttpsSettings httpsPolicy;

	ConfiguredPlatforms(RegistrationSettings settings, HttpsSettings https, PlatformRepository repository) {
		this.settings = settings;
		this.httpsPolicy = https;
		this.repository = repository;
	}

	@Override
	public void afterPropertiesSet() {
		for (int i = 0; i < this.settings.platforms().size(); i++) {
			RegistrationSettings.DeclaredPlatform declared = this.settings.platforms().get(i);
			check(i, declared);
			String id = this.repository.save(new Platform(Platform.UNSAVED, declared.issuer(), declared.clientId(),
					declared.authorizationEndpoint(), declared.tokenEndpoint(), declared.jwksUrl(),
					declared.tokenAudience(), declared.deploymentPolicy(), Platform.Status.ACTIVE,
					declared.frameAncestors()));
			declared.deploymentIds().forEach((deployment) -> this.repository.addDeployment(id, deployment, "ACTIVE"));
			logger.info("Platform {} (client {}) declared in configuration, deployments {}", declared.issuer(),
					declared.clientId(), declared.deploymentIds());
		}
	}

	private void check(int index, RegistrationSettings.DeclaredPlatform declared) {
		List<String> problems = new ArrayList<>();
		require(problems, "issuer", declared.issuer());
		require(problems, "client-id", declared.clientId());
		require(problems, "authorization-endpoint", declared.authorizationEndpoint());
		require(problems, "token-endpoint", declared.tokenEndpoint());
		require(problems, "jwks-url", declared.jwksUrl());
		if (!problems.isEmpty()) {
			throw new IllegalStateException("lti.platforms[" + index + "]: " + String.join("; ", problems));
		}
	}

	private void require(List<String> problems, String field, String url) {
		if (url == null || url.isBlank()) {
			problems.add(field + " is missing");
			return;
		}
		if (field.equals("client-id")) {
			return;
		}
		String scheme = URI.create(url).getScheme();
		boolean https = "https".equals(scheme);
		if (!https && !"http".equals(scheme)) {
			problems.add(field + " must be an http(s) URL, got '" + url + "'");
		}
		else if (!https && this.httpsPolicy.requireHttps()) {
			// lti-checklist C-03: every URL exchanged must be HTTPS outside the embedded
			// profile
			problems.add(field + " must use https, got '" + url + "'");
		}
	}

}
