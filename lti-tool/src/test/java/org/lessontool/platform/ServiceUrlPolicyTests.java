package org.lessontool.platform;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lessontool.registration.Platforms;
import org.lessontool.test.DripServer;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, item 5: with the production outbound policy (public addresses only), a
 * service URL an id_token names on an internal address is never called, and neither is a
 * token endpoint there. The loopback servers stand for internal services.
 */
@ToolTest
@TestPropertySource(properties = "lti.outbound.public-only=true")
class ServiceUrlPolicyTests {

	static final TestPlatform platform = new TestPlatform();

	static final DripServer internal = new DripServer();

	@Autowired
	ContextMemberships memberships;

	@Autowired
	Platforms platforms;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		platform.declare(registry);
	}

	@AfterAll
	static void stop() {
		internal.close();
	}

	@Test
	void aServiceUrlOnAnInternalAddressIsNeverCalled() {
		String id = this.platforms.find(platform.issuer(), TestPlatform.CLIENT_ID).orElseThrow().id();
		assertThatThrownBy(() -> this.memberships.members(id, internal.secret(), ContextMemberships.LEARNER, true))
			.isInstanceOf(PlatformCallException.class)
			.hasMessageContaining("an address the tool may not call")
			.hasMessageNotContaining(DripServer.SECRET);
		assertThat(internal.requests()).isZero();
		assertThat(platform.ags().tokenLog()).isEmpty();
	}

}
