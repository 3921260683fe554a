package org.lessontool.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which of the two supported databases the tool runs on, for the few statements that are
 * one round trip on each only when spelled in its own way (issue 19): PostgreSQL in
 * production, H2 embedded.
 */
@Component
public class SqlDialect {

	private final boolean postgres;

	@Autowired
	public SqlDialect(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres");
		}
	}

	/**
	 * An update that returns the rows it changed, as they are after it, in one statement:
	 * PostgreSQL's {@code returning}, H2's data change delta table.
	 * @param update an {@code update ... set ... where ...} statement
	 */
	public String updateReturning(String update) {
		return this.postgres ? update + " returning *" : "select * from final table (" + update + ")";
	}

	public boolean postgres() {
		return this.postgres;
	}

}
