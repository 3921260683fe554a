package org.lessontool.tool;

import java.security.KeyFactory;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;

/** Rebuilds a signing key from its stored public JWK and PKCS#8 private key. */
final class ToolKeyCodec {

	private ToolKeyCodec() {
	}

	static RSAKey privateKey(ToolKey key, String pkcs8) {
		try {
			RSAKey publicKey = RSAKey.parse(key.publicJwk());
			RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
			return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
		}
		catch (ParseException | GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Stored key " + key.kid() + " cannot be read", ex);
		}
	}

}
