package org.lessontool.tool;

import java.text.ParseException;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.PasswordBasedDecrypter;
import com.nimbusds.jose.crypto.PasswordBasedEncrypter;

import org.springframework.stereotype.Component;

/**
 * Encrypts private keys at rest with the key-encryption secret (lti-checklist Z-12), as a
 * JWE (PBES2 key wrapping, AES-GCM content), so a database dump alone does not give away
 * the keys.
 */
@Component
class PrivateKeyVault {

	private static final String ENCRYPTED = "jwe:";

	private static final String PLAIN = "plain:";

	private final String secret;

	PrivateKeyVault(KeySettings settings) {
		if (settings.encryptionRequired() && settings.encryptionSecret().isBlank()) {
			throw new IllegalStateException(
					"The tool stores its private keys encrypted in this profile: set LTI_KEYS_ENCRYPTION_SECRET "
							+ "(lti.keys.encryption-secret) to a long random secret");
		}
		this.secret = settings.encryptionSecret();
	}

	String seal(String privateKey) {
		if (this.secret.isBlank()) {
			return PLAIN + privateKey;
		}
		try {
			JWEObject jwe = new JWEObject(new JWEHeader(JWEAlgorithm.PBES2_HS256_A128KW, EncryptionMethod.A256GCM),
					new Payload(privateKey));
			jwe.encrypt(new PasswordBasedEncrypter(this.secret, 16, 100_000));
			return ENCRYPTED + jwe.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot encrypt a private key", ex);
		}
	}

	String open(String stored) {
		if (stored.startsWith(ENCRYPTED)) {
			if (this.secret.isBlank()) {
				throw new IllegalStateException("The private keys are encrypted; set LTI_KEYS_ENCRYPTION_SECRET");
			}
			try {
				JWEObject jwe = JWEObject.parse(stored.substring(ENCRYPTED.length()));
				jwe.decrypt(new PasswordBasedDecrypter(this.secret));
				return jwe.getPayload().toString();
			}
			catch (ParseException | JOSEException ex) {
				throw new IllegalStateException(
						"A private key cannot be decrypted: is LTI_KEYS_ENCRYPTION_SECRET right?", ex);
			}
		}
		return stored.startsWith(PLAIN) ? stored.substring(PLAIN.length()) : stored;
	}

}
