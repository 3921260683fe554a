package org.lessontool.launch;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound to {@code lti.launch.*}.
 *
 * @param targetPaths paths of the tool a {@code target_link_uri} may point at
 * (lti-checklist C-12)
 * @param leeway clock skew allowed on {@code exp} and {@code iat} (lti-checklist C-24)
 * @param stateLifetime how long a login's state and nonce stay usable (lti-checklist
 * C-11)
 * @param launchLifetime how long a launch stays usable from its page
 * @param tokenLifetime how long one launch token is valid; each page gets a fresh one
 * @param maxIdTokenBytes larger id_tokens are refused before parsing (lti-checklist C-32)
 */
@ConfigurationProperties("lti.launch")
public record LaunchSettings(@DefaultValue("/lti/launch") List<String> targetPaths,
		@DefaultValue("60s") Duration leeway, @DefaultValue("5m") Duration stateLifetime,
		@DefaultValue("8h") Duration launchLifetime, @DefaultValue("2h") Duration tokenLifetime,
		@DefaultValue("65536") int maxIdTokenBytes) {

	/**
	 * How long a used login keeps its nonce on record: longer than any id_token signed
	 * for it stays acceptable, its state's lifetime plus the leeway, twice over
	 * (lti-checklist C-25).
	 */
	public Duration nonceRetention() {
		return this.stateLifetime.plus(this.leeway).multipliedBy(2);
	}

}
