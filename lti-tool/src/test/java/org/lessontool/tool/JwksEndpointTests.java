package org.lessontool.tool;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** lti-checklist C-45, C-46: the public key set, and the signing key in it. */
@ToolTest
class JwksEndpointTests {

	@LocalServerPort
	int port;

	@Autowired
	ToolKeys keys;

	@Test
	void publishesPublicRsaKeysWithKidAlgAndUseOnly() throws Exception {
		HttpResponse<String> response = ToolHttp.get(this.port, "/.well-known/jwks.json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JWKSet set = JWKSet.parse(response.body());
		assertThat(set.getKeys()).isNotEmpty().allSatisfy((JWK key) -> {
			assertThat(key.getKeyID()).isNotBlank();
			assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
			assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
			assertThat(key.isPrivate()).isFalse();
		});
		for (Object key : (List<?>) JSONObjectUtils.parse(response.body()).get("keys")) {
			assertThat(((Map<?, ?>) key).keySet().stream().map(String::valueOf)).containsExactlyInAnyOrder("kty", "kid",
					"alg", "use", "n", "e");
		}
	}

	@Test
	void signingKeyIsPublishedAndAtLeast2048Bits() throws Exception {
		JWKSet set = JWKSet.parse(ToolHttp.get(this.port, "/.well-known/jwks.json").body());
		assertThat(set.getKeyByKeyId(this.keys.signingKey().getKeyID())).isNotNull();
		assertThat(this.keys.signingKey().size()).isGreaterThanOrEqualTo(2048);
		assertThat(this.keys.signingKey().isPrivate()).isTrue();
	}

	@Test
	void aSecondReplicaStartingUsesTheStoredKey(@Autowired ToolKeyRepository repository,
			@Autowired PrivateKeyVault vault, @Autowired java.time.Clock clock) {
		String kid = this.keys.signingKey().getKeyID();
		ToolKeys secondReplica = new ToolKeys(repository, vault, clock);
		java.util.List<String> published = this.keys.publicKeys().getKeys().stream().map(JWK::getKeyID).toList();
		secondReplica.afterPropertiesSet();
		assertThat(secondReplica.signingKey().getKeyID()).isEqualTo(kid);
		assertThat(secondReplica.publicKeys().getKeys()).extracting(JWK::getKeyID)
			.containsExactlyElementsOf(published)
			.contains(kid);
	}

}
