package org.lessontool.demo;

import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo LMS's own RSA key, kept in its own table so every replica signs with it. */
@Component
@Profile("default | demo")
class DemoKeys {

	private final JdbcClient jdbc;

	private volatile RSAKey key;

	DemoKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	JWKSet publicKeys() {
		return new JWKSet(key().toPublicJWK());
	}

	String sign(JWTClaimsSet claims) {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key().getKeyID()).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(key()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("The demo LMS cannot sign", ex);
		}
		return jwt.serialize();
	}

	/** Reads back a JWT the demo signed itself, such as its own lti_message_hint. */
	JWTClaimsSet verify(String token) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			if (!jwt.verify(new RSASSAVerifier(key().toPublicJWK()))) {
				throw new IllegalArgumentException("not signed by the demo LMS");
			}
			return jwt.getJWTClaimsSet();
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalArgumentException("not a demo LMS token", ex);
		}
	}

	private RSAKey key() {
		RSAKey current = this.key;
		if (current == null) {
			current = load();
			this.key = current;
		}
		return current;
	}

	private RSAKey load() {
		String stored = read();
		if (stored == null) {
			try {
				RSAKey generated = new RSAKeyGenerator(2048).keyID("demo-" + UUID.randomUUID())
					.keyUse(KeyUse.SIGNATURE)
					.algorithm(JWSAlgorithm.RS256)
					.generate();
				this.jdbc.sql("insert into demo_key (kid, private_jwk, created_at) values (:kid, :jwk, :now)")
					.param("kid", generated.getKeyID())
					.param("jwk", generated.toJSONString())
					.param("now", OffsetDateTime.now(ZoneOffset.UTC))
					.update();
			}
			catch (JOSEException | DuplicateKeyException ex) {
				// another replica stored one first
			}
			stored = read();
		}
		try {
			return RSAKey.parse(stored);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The demo LMS key cannot be read", ex);
		}
	}

	private String read() {
		return this.jdbc.sql("select private_jwk from demo_key order by created_at, kid")
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
	}

}
