package org.lessontool.tool;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound to {@code lti.keys.*}.
 *
 * @param encryptionSecret the key-encryption secret private keys are stored under
 * ({@code LTI_KEYS_ENCRYPTION_SECRET}); empty stores them unencrypted, as the embedded
 * profile does
 * @param encryptionRequired refuse to start without the secret (on in {@code prod})
 * @param rotationPeriod how long a key signs before the next one takes over
 * @param publishAhead how long the next key is published before it signs (lti-checklist
 * Z-13)
 * @param retiredFor how long a retired key stays published, for what it signed to be
 * verified
 */
@ConfigurationProperties("lti.keys")
public record KeySettings(@DefaultValue("") String encryptionSecret, @DefaultValue("false") boolean encryptionRequired,
		@DefaultValue("90d") Duration rotationPeriod, @DefaultValue("24h") Duration publishAhead,
		@DefaultValue("1h") Duration retiredFor) {
}
