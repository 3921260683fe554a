package org.lessontool.tool;

import org.jspecify.annotations.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps tool keys in the {@code tool_key} table. */
@Repository
class JdbcToolKeyRepository implements ToolKeyRepository {

	private final JdbcClient jdbc;

	JdbcToolKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(ToolKey key) {
		int updated = this.jdbc.sql("update tool_key set state = :state, retired_at = :retiredAt where kid = :kid")
			.param("state", key.state().name())
			.param("retiredAt", key.retiredAt())
			.param("kid", key.kid())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into tool_key (kid, state, public_jwk, private_key, created_at, retired_at)
					values (:kid, :state, :publicJwk, :privateKey, :createdAt, :retiredAt)
					""")
				.param("kid", key.kid())
				.param("state", key.state().name())
				.param("publicJwk", key.publicJwk())
				.param("privateKey", key.privateKey())
				.param("createdAt", key.createdAt())
				.param("retiredAt", key.retiredAt())
				.update();
		}
	}

	@Override
	public boolean move(String kid, ToolKey.State from, ToolKey.State to, @Nullable OffsetDateTime retiredAt) {
		return this.jdbc
			.sql("update tool_key set state = :to, retired_at = :retiredAt where kid = :kid and state = :from")
			.param("to", to.name())
			.param("retiredAt", retiredAt)
			.param("kid", kid)
			.param("from", from.name())
			.update() == 1;
	}

	@Override
	public void delete(String kid) {
		this.jdbc.sql("delete from tool_key where kid = :kid").param("kid", kid).update();
	}

	@Override
	public Optional<ToolKey> findByKid(String kid) {
		return this.jdbc.sql("select * from tool_key where kid = :kid").param("kid", kid).query(this::map).optional();
	}

	@Override
	public List<ToolKey> findByState(ToolKey.State state) {
		return this.jdbc.sql("select * from tool_key where state = :state order by created_at, kid")
			.param("state", state.name())
			.query(this::map)
			.list();
	}

	private ToolKey map(ResultSet rs, int row) throws SQLException {
		return new ToolKey(rs.getString("kid"), ToolKey.State.valueOf(rs.getString("state")),
				rs.getString("public_jwk"), rs.getString("private_key"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("retired_at", OffsetDateTime.class));
	}

}
