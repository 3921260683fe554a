package org.lessontool.tool;

import java.time.Clock;
import java.time.Duration;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.lessontool.test.MutableClock;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * lti-checklist Z-12, Z-13: the next key is published before it signs, the old one stays
 * published after, and private keys are stored encrypted under the key-encryption secret.
 */
@ToolTest
@Import(MutableClock.Replacing.class)
@TestPropertySource(properties = "lti.keys.encryption-secret=correct horse battery staple, but longer")
class KeyRotationTests {

	@LocalServerPort
	int port;

	@Autowired
	ToolKeys keys;

	@Autowired
	KeyRotation rotation;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rotationPublishesFirstSignsLaterAndWithdrawsTheOldKeyLast() throws Exception {
		String old = this.keys.signingKey().getKeyID();
		String next = this.rotation.rotateNow();
		this.rotation.promoteDue();
		assertThat(this.keys.signingKey().getKeyID()).as("not yet: published less than a day").isEqualTo(old);
		assertThat(publishedKids()).contains(old, next);

		this.clock.advance(Duration.ofHours(25));
		this.rotation.rotateIfDue();
		assertThat(this.keys.signingKey().getKeyID()).isEqualTo(next);
		assertThat(publishedKids()).as("the old key stays published a while").contains(old, next);

		this.clock.advance(Duration.ofHours(2));
		this.rotation.rotateIfDue();
		assertThat(publishedKids()).containsExactly(next);
	}

	@Test
	void scheduledCheckPublishesANextKeyWhenTheCurrentOneIsOld() throws Exception {
		int before = publishedKids().size();
		this.clock.advance(Duration.ofDays(91));
		this.rotation.rotateIfDue();
		assertThat(publishedKids()).hasSize(before + 1);
	}

	@Test
	void privateKeysAreStoredEncrypted() {
		assertThat(this.jdbc.sql("select private_key from tool_key").query(String.class).list()).isNotEmpty()
			// a plain PKCS#8 RSA key holds the rsaEncryption identifier ("MII" alone also
			// turns up in random ciphertext now and then)
			.allSatisfy((stored) -> assertThat(stored).startsWith("jwe:").doesNotContain("BgkqhkiG9w0BAQEFAASC"));
		assertThat(this.keys.signingKey().isPrivate()).isTrue();
	}

	@Test
	void wrongSecretCannotOpenTheKeys() {
		String stored = this.jdbc.sql("select private_key from tool_key").query(String.class).list().get(0);
		PrivateKeyVault wrong = new PrivateKeyVault(new KeySettings("another secret", true, Duration.ofDays(90),
				Duration.ofHours(24), Duration.ofHours(1)));
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> wrong.open(stored))
			.withMessageContaining("cannot be decrypted");
	}

	private java.util.List<String> publishedKids() throws Exception {
		return JWKSet.parse(ToolHttp.get(this.port, "/.well-known/jwks.json").body())
			.getKeys()
			.stream()
			.map(JWK::getKeyID)
			.toList();
	}

}
