package org.lessontool.system;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The prod profile starts only with what production needs: PostgreSQL, the tool's public
 * HTTPS address, and a strong secret that encrypts its private keys (and a strong admin
 * password, if one is set). Checked before any other bean is made, and every problem is
 * named at once.
 */
@Component
@Profile("prod")
class ProductionRequirements implements BeanFactoryPostProcessor, EnvironmentAware {

	private @Nullable Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		// Spring sets the environment (EnvironmentAware) before it post-processes
		List<String> missing = problems(java.util.Objects.requireNonNull(this.environment));
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The prod profile cannot start:\n - " + String.join("\n - ", missing)
					+ "\nSee deploy/README.md, \"Environment variables\".");
		}
	}

	static List<String> problems(Environment environment) {
		List<String> problems = new ArrayList<>();
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			problems.add("SPRING_DATASOURCE_URL must name the PostgreSQL database (jdbc:postgresql://host:5432/db)"
					+ (url.isBlank() ? "; it is not set"
							: "; it is " + url.replaceAll("password=[^&]*", "password=…")));
		}
		String toolUrl = environment.getProperty("lti.tool.url", "");
		if (!toolUrl.startsWith("https://")) {
			problems.add("LTI_TOOL_URL must be the tool's public HTTPS address, such as https://lessons.example.org"
					+ (toolUrl.isBlank() ? "; it is not set" : "; it is " + toolUrl));
		}
		String secret = environment.getProperty("lti.keys.encryption-secret", "");
		if (secret.isBlank()) {
			problems.add("LTI_KEYS_ENCRYPTION_SECRET must be set: it encrypts the tool's private keys in the database");
		}
		else if (SecretStrength.bits(secret) < 256) {
			// issue 15: the secret guards every private key; a guessable one guards
			// nothing
			problems.add("LTI_KEYS_ENCRYPTION_SECRET is too weak to guard the tool's private keys (about "
					+ (int) SecretStrength.bits(secret) + " bits; 256 needed): make one with openssl rand -base64 48");
		}
		String password = environment.getProperty("lti.admin.password", "");
		if (!password.isEmpty() && (password.length() < 12 || SecretStrength.bits(password) < 64)) {
			problems.add("LTI_ADMIN_PASSWORD is too weak for an admin console on the internet: use at least 12 "
					+ "characters and about 64 bits, such as four random words, or leave it unset to get a generated one");
		}
		return problems;
	}

}
