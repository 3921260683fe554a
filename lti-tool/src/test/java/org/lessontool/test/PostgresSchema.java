package org.lessontool.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at a new schema in the test PostgreSQL database and drops it when
 * the context closes. The server is named by {@code TEST_POSTGRES_URL},
 * {@code TEST_POSTGRES_USER} and {@code TEST_POSTGRES_PASSWORD}; the defaults match what
 * {@code .ci/run} creates.
 */
public class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String URL = env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/lessontool_test");

	static final String USER = env("TEST_POSTGRES_USER", "lessontool");

	static final String PASSWORD = env("TEST_POSTGRES_PASSWORD", "lessontool");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
		execute("create schema " + schema);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("postgres-test",
					Map.of("spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
							"spring.datasource.username", USER, "spring.datasource.password", PASSWORD,
							"spring.flyway.schemas", schema)));
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				execute("drop schema if exists " + schema + " cascade");
			}
		});
	}

	/** A new empty schema, for tools started outside a test context; returns its name. */
	public static String create() {
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
		execute("create schema " + schema);
		return schema;
	}

	public static void drop(String schema) {
		execute("drop schema if exists " + schema + " cascade");
	}

	/** The JDBC URL of a schema, and the user and password, as tool arguments. */
	public static java.util.List<String> arguments(String schema) {
		return java.util.List.of(
				"--spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
				"--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
				"--spring.flyway.schemas=" + schema);
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL tests need a database at " + URL + " (user " + USER
					+ "), which did not answer: " + ex.getMessage()
					+ ". Start PostgreSQL as README.md describes, or leave these tests out with -DexcludedGroups=postgres.",
					ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
