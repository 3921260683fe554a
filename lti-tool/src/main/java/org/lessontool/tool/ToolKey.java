package org.lessontool.tool;

import org.jspecify.annotations.Nullable;
import java.time.OffsetDateTime;

/**
 * One of the tool's signing keys as stored.
 *
 * @param kid the key id every signed JWT carries in its header
 * @param state where the key is in its life
 * @param publicJwk the public key as a JWK (JSON)
 * @param privateKey the private key, PKCS#8, base64
 * @param createdAt when the key was made
 * @param retiredAt when signing with it stopped, if it has
 */
public record ToolKey(String kid, State state, String publicJwk, String privateKey, OffsetDateTime createdAt,
		@Nullable OffsetDateTime retiredAt) {

	/**
	 * A key's life: published ahead of use, used for signing, then published only to
	 * verify.
	 */
	public enum State {

		NEXT, CURRENT, RETIRED

	}

}
