package org.lessontool.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A replica that cannot reach its database reports not ready, and stays alive. */
@ToolTest
@Import(ReadinessTests.Outage.class)
class ReadinessTests {

	@LocalServerPort
	int port;

	@Autowired
	Unreachable database;

	@Test
	void readinessFailsWhileTheDatabaseIsUnreachable() {
		assertThat(ToolHttp.get(this.port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		this.database.down = true;
		try {
			assertThat(ToolHttp.get(this.port, "/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(ToolHttp.get(this.port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
		finally {
			this.database.down = false;
		}
		assertThat(ToolHttp.get(this.port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	/** The tool's data source, which a test can cut off as a network fault would. */
	static class Unreachable extends DelegatingDataSource {

		volatile boolean down;

		Unreachable(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (this.down) {
				throw new SQLException("Connection refused (test outage)", "08001");
			}
			return super.getConnection();
		}

	}

	@TestConfiguration
	static class Outage {

		@Bean
		static BeanPostProcessor unreachableDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource source && !(bean instanceof Unreachable))
							? new Unreachable(source) : bean;
				}
			};
		}

	}

}
