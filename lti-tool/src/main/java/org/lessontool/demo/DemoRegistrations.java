package org.lessontool.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tools registered with the demo LMS by dynamic registration, and its one-time
 * registration tokens.
 */
@Component
@Profile("default | demo")
class DemoRegistrations {

	private final JdbcClient jdbc;

	private final DemoSettings settings;

	DemoRegistrations(JdbcClient jdbc, DemoSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	String newToken() {
		String token = UUID.randomUUID().toString();
		this.jdbc.sql("insert into demo_registration_token (token, used, created_at) values (:t, false, :now)")
			.param("t", token)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return token;
	}

	/** Spends a registration token; false if unknown or used already. */
	boolean spend(String token) {
		return this.jdbc.sql("update demo_registration_token set used = true where token = :t and used = false")
			.param("t", token)
			.update() == 1;
	}

	Client register() {
		Client client = new Client("demo-dr-" + UUID.randomUUID().toString().substring(0, 8), "demo-dr-deployment");
		this.jdbc.sql("insert into demo_registration (client_id, deployment_id, created_at) values (:c, :d, :now)")
			.param("c", client.clientId())
			.param("d", client.deploymentId())
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return client;
	}

	/**
	 * The client launches use: the latest registered by dynamic registration, else the
	 * configured one.
	 */
	Client current() {
		return this.jdbc.sql("select client_id, deployment_id from demo_registration order by created_at desc")
			.query((rs, row) -> new Client(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.findFirst()
			.orElse(new Client(this.settings.clientId(), this.settings.deploymentId()));
	}

	Optional<Client> find(String clientId) {
		Client configured = new Client(this.settings.clientId(), this.settings.deploymentId());
		if (configured.clientId().equals(clientId)) {
			return Optional.of(configured);
		}
		return this.jdbc.sql("select client_id, deployment_id from demo_registration where client_id = :c")
			.param("c", clientId)
			.query((rs, row) -> new Client(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/**
	 * A tool as the demo LMS knows it.
	 *
	 * @param clientId its client id
	 * @param deploymentId its one deployment
	 */
	record Client(String clientId, String deploymentId) {
	}

}
