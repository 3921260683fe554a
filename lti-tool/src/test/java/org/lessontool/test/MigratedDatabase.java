package org.lessontool.test;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database with the tool's migrations applied and nothing else, for repository tests
 * that need no application around them: an in-memory H2, or a fresh schema of the test
 * PostgreSQL (dropped by {@link #close()}).
 */
public final class MigratedDatabase implements AutoCloseable {

	private final DataSource dataSource;

	private final String schema;

	private MigratedDatabase(DataSource dataSource, String schema) {
		this.dataSource = dataSource;
		this.schema = schema;
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.schemas((schema != null) ? new String[] { schema } : new String[0])
			.load()
			.migrate();
	}

	public static MigratedDatabase h2() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:repository-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		return new MigratedDatabase(dataSource, null);
	}

	public static MigratedDatabase postgres() {
		String schema = PostgresSchema.create();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				PostgresSchema.URL + (PostgresSchema.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
				PostgresSchema.USER, PostgresSchema.PASSWORD);
		return new MigratedDatabase(dataSource, schema);
	}

	public org.lessontool.support.SqlDialect dialect() {
		try {
			return new org.lessontool.support.SqlDialect(this.dataSource);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public JdbcClient jdbc() {
		return JdbcClient.create(this.dataSource);
	}

	@Override
	public void close() {
		if (this.schema != null) {
			PostgresSchema.drop(this.schema);
		}
	}

}
