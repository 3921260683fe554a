package org.lessontool.tool;

import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;

/**
 * The tool's signing keys: one is made on first start and kept in the database, so every
 * replica signs with the same key and publishes the same key set.
 */
@Service
public class ToolKeys implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(ToolKeys.class);

	private final ToolKeyRepository repository;

	private final PrivateKeyVault vault;

	private final Clock clock;

	/** Decrypted keys by kid: only a cache, the database holds the keys. */
	private final Map<String, RSAKey> decrypted = new ConcurrentHashMap<>();

	ToolKeys(ToolKeyRepository repository, PrivateKeyVault vault, Clock clock) {
		this.repository = repository;
		this.vault = vault;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.repository.findByState(ToolKey.State.CURRENT).isEmpty()) {
			String kid = create(ToolKey.State.CURRENT);
			logger.info("Generated the tool's first signing key, kid {}", kid);
		}
	}

	/**
	 * Makes a new key in the given state, its private half sealed by the vault; returns
	 * its kid.
	 */
	String create(ToolKey.State state) {
		RSAKey key = generate();
		this.repository.save(new ToolKey(key.getKeyID(), state, key.toPublicJWK().toJSONString(),
				this.vault.seal(Base64.getEncoder().encodeToString(privateKeyBytes(key))), now(), null));
		return key.getKeyID();
	}

	/** Every key the tool has, current first, for the admin console. */
	public List<ToolKey> all() {
		List<ToolKey> keys = new ArrayList<>();
		for (ToolKey.State state : List.of(ToolKey.State.CURRENT, ToolKey.State.NEXT, ToolKey.State.RETIRED)) {
			keys.addAll(this.repository.findByState(state));
		}
		return keys;
	}

	/**
	 * The key to sign with: the oldest current key, so replicas that raced to create one
	 * all agree.
	 */
	public RSAKey signingKey() {
		ToolKey key = this.repository.findByState(ToolKey.State.CURRENT)
			.stream()
			.min(Comparator.comparing(ToolKey::createdAt).thenComparing(ToolKey::kid))
			.orElseThrow(() -> new IllegalStateException("The tool has no current signing key"));
		return this.decrypted.computeIfAbsent(key.kid(),
				(kid) -> ToolKeyCodec.privateKey(key, this.vault.open(key.privateKey())));
	}

	/**
	 * lti-checklist C-45: the public key set, with kid, alg and use on every key, and no
	 * private members.
	 */
	public JWKSet publicKeys() {
		List<com.nimbusds.jose.jwk.JWK> keys = new ArrayList<>();
		for (ToolKey.State state : List.of(ToolKey.State.CURRENT, ToolKey.State.NEXT, ToolKey.State.RETIRED)) {
			for (ToolKey key : this.repository.findByState(state)) {
				try {
					keys.add(RSAKey.parse(key.publicJwk()));
				}
				catch (ParseException ex) {
					throw new IllegalStateException("Stored public key " + key.kid() + " cannot be read", ex);
				}
			}
		}
		return new JWKSet(keys);
	}

	private static RSAKey generate() {
		try {
			// lti-checklist Z-12: RSA 2048 or more, a unique kid per key
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA key", ex);
		}
	}

	private static byte[] privateKeyBytes(RSAKey key) {
		try {
			return key.toPrivateKey().getEncoded();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot encode the private key", ex);
		}
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
