package org.lessontool.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps platforms in {@code platform} and their deployments in {@code deployment};
 * {@link CachedPlatformRepository} is the bean in front of it.
 */
class JdbcPlatformRepository implements PlatformRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcPlatformRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<Platform> findById(String id) {
		return this.jdbc.sql("select * from platform where id = :id").param("id", id).query(this::map).optional();
	}

	@Override
	public Optional<Platform> find(String issuer, String clientId) {
		return this.jdbc.sql("select * from platform where issuer = :issuer and client_id = :clientId")
			.param("issuer", issuer)
			.param("clientId", clientId)
			.query(this::map)
			.optional();
	}

	@Override
	public List<Platform> findByIssuer(String issuer) {
		return this.jdbc.sql("select * from platform where issuer = :issuer order by created_at")
			.param("issuer", issuer)
			.query(this::map)
			.list();
	}

	@Override
	public List<Platform> findAll() {
		return this.jdbc.sql("select * from platform order by created_at").query(this::map).list();
	}

	@Override
	public int countPending() {
		return this.jdbc.sql("select count(*) from platform where status = :status")
			.param("status", Platform.Status.PENDING.name())
			.query(Integer.class)
			.single();
	}

	@Override
	public String save(Platform platform) {
		Optional<Platform> existing = find(platform.issuer(), platform.clientId());
		String id = existing.map(Platform::id).orElseGet(() -> UUID.randomUUID().toString());
		String sql = existing.isPresent() ? """
				update platform set authorization_endpoint = :auth, token_endpoint = :token, jwks_url = :jwks,
				token_audience = :audience, deployment_policy = :policy, status = :status, frame_ancestors = :ancestors
				where id = :id
				""" : """
				insert into platform (id, issuer, client_id, authorization_endpoint, token_endpoint, jwks_url,
				token_audience, deployment_policy, status, frame_ancestors, created_at)
				values (:id, :issuer, :clientId, :auth, :token, :jwks, :audience, :policy, :status, :ancestors, :now)
				""";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("id", id)
			.param("auth", platform.authorizationEndpoint())
			.param("token", platform.tokenEndpoint())
			.param("jwks", platform.jwksUrl())
			.param("audience", platform.tokenAudience())
			.param("policy", platform.deploymentPolicy().name())
			.param("status", platform.status().name())
			.param("ancestors",
					platform.frameAncestors().isEmpty() ? null : String.join(" ", platform.frameAncestors()));
		if (existing.isEmpty()) {
			statement = statement.param("issuer", platform.issuer())
				.param("clientId", platform.clientId())
				.param("now", now());
		}
		try {
			statement.update();
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			// another replica declared the same platform at the same moment: update its
			// row
			return save(platform);
		}
		return id;
	}

	@Override
	public List<String> deployments(String platformId) {
		return this.jdbc.sql("select deployment_id from deployment where platform_id = :p order by created_at")
			.param("p", platformId)
			.query(String.class)
			.list();
	}

	@Override
	public void delete(String platformId) {
		this.jdbc.sql("delete from deployment where platform_id = :id").param("id", platformId).update();
		this.jdbc.sql("delete from platform where id = :id").param("id", platformId).update();
	}

	@Override
	public void setStatus(String platformId, Platform.Status status) {
		this.jdbc.sql("update platform set status = :status where id = :id")
			.param("status", status.name())
			.param("id", platformId)
			.update();
	}

	@Override
	public void launched(String platformId, OffsetDateTime at) {
		this.jdbc.sql("update platform set last_launch_at = :at where id = :id")
			.param("at", at)
			.param("id", platformId)
			.update();
	}

	@Override
	public void failed(String issuer, String clientId, OffsetDateTime at, String reason) {
		this.jdbc
			.sql("update platform set last_failure_at = :at, last_failure = :reason where issuer = :issuer "
					+ "and client_id = :clientId")
			.param("at", at)
			.param("reason", (reason.length() > 290) ? reason.substring(0, 290) + "…" : reason)
			.param("issuer", issuer)
			.param("clientId", clientId)
			.update();
	}

	@Override
	public PlatformActivity activity(String platformId) {
		return this.jdbc.sql("select last_launch_at, last_failure_at, last_failure from platform where id = :id")
			.param("id", platformId)
			.query((rs, row) -> new PlatformActivity(rs.getObject(1, OffsetDateTime.class),
					rs.getObject(2, OffsetDateTime.class), rs.getString(3)))
			.optional()
			.orElse(new PlatformActivity(null, null, null));
	}

	@Override
	public boolean hasDeployment(String platformId, String deploymentId) {
		return this.jdbc
			.sql("select count(*) from deployment where platform_id = :platformId and deployment_id = :deploymentId")
			.param("platformId", platformId)
			.param("deploymentId", deploymentId)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public boolean addDeployment(String platformId, String deploymentId, String status) {
		if (hasDeployment(platformId, deploymentId)) {
			return false;
		}
		try {
			return this.jdbc.sql("""
					insert into deployment (platform_id, deployment_id, status, created_at)
					values (:platformId, :deploymentId, :status, :now)
					""")
				.param("platformId", platformId)
				.param("deploymentId", deploymentId)
				.param("status", status)
				.param("now", now())
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false; // another replica recorded it first
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private Platform map(ResultSet rs, int row) throws SQLException {
		return new Platform(rs.getString("id"), rs.getString("issuer"), rs.getString("client_id"),
				rs.getString("authorization_endpoint"), rs.getString("token_endpoint"), rs.getString("jwks_url"),
				rs.getString("token_audience"), Platform.DeploymentPolicy.valueOf(rs.getString("deployment_policy")),
				Platform.Status.valueOf(rs.getString("status")), ancestors(rs.getString("frame_ancestors")));
	}

	private static java.util.List<String> ancestors(String text) {
		return (text == null || text.isBlank()) ? java.util.List.of() : java.util.List.of(text.strip().split(" +"));
	}

}
