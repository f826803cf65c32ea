package io.expensync.security;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets several requests of one session (browser tabs, parallel htmx requests) add the
 * same session attribute at once. Spring Session JDBC inserts an attribute the session
 * did not have when the request read it; the requests' saves wait for one another on the
 * session's row, and every one after the first then failed on the attributes' primary key
 * (a 500, typically for the CSRF token written by the first pages after sign-in). Here
 * that insert becomes an upsert, so the last save wins, as it does for an attribute that
 * already existed.
 */
@Component
class SessionAttributeUpsert implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	// H2 has no ON CONFLICT outside its PostgreSQL mode, but its MERGE … KEY updates the
	// row when it is there and inserts it otherwise; the placeholders are those of
	// Spring Session's own insert (session, name, bytes)
	static final String H2_CREATE_SESSION_ATTRIBUTE_QUERY = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	private final DataSource dataSource;

	SessionAttributeUpsert(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Called once, when the session repository is made. Spring Boot's own customizer runs
	 * first (it is ordered first): it sets the table name, which resets every query to
	 * Spring Session's default.
	 */
	@Override
	public void customize(JdbcIndexedSessionRepository sessions) {
		switch (database()) {
			case POSTGRESQL -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(sessions);
			case H2 -> sessions.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE_QUERY);
			default -> {
				// the app runs on H2 and PostgreSQL only; elsewhere the plain insert
				// stays
			}
		}
	}

	private DatabaseDriver database() {
		try {
			return DatabaseDriver.fromProductName(
					JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database keeps the sessions", ex);
		}
	}

}
