package io.expensync.security;

import javax.sql.DataSource;

import io.expensync.web.DatabaseKind;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * How a request's save writes a session attribute the session did not have when the
 * request read it. Spring Session JDBC inserts it; here that insert is an upsert, and
 * writes nothing when the session is gone:
 * <ul>
 * <li>several requests of one session (browser tabs, parallel htmx requests) add the same
 * attribute at once: their saves wait for one another on the session's row, and every one
 * after the first failed on the attributes' primary key (a 500, typically for the CSRF
 * token written by the first pages after sign-in). Now the last save wins, as it does for
 * an attribute that already existed;</li>
 * <li>a session signed out (on the sessions page, by a password change) while one of its
 * requests runs: that request's save failed on the attributes' foreign key (a 500). Now
 * it adds nothing, and the session stays signed out.</li>
 * </ul>
 */
@Component
class SessionAttributeUpsert implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	// the placeholders are those of Spring Session's own insert (session, name, bytes),
	// reordered by a one-row table; typed, since a bare parameter in VALUES has none
	private static final String ATTRIBUTE_OF_A_LIVE_SESSION = """
			SELECT a.ID, a.NAME, a.BYTES
			FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS VARCHAR(200)), CAST(? AS BYTEA))) AS a (ID, NAME, BYTES)
			WHERE EXISTS (SELECT 1 FROM %TABLE_NAME% s WHERE s.PRIMARY_ID = a.ID)
			""";

	static final String POSTGRESQL_CREATE_SESSION_ATTRIBUTE_QUERY = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			""" + ATTRIBUTE_OF_A_LIVE_SESSION + """
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	// H2 has no ON CONFLICT outside its PostgreSQL mode, but its MERGE … KEY updates the
	// row when it is there and inserts it otherwise
	static final String H2_CREATE_SESSION_ATTRIBUTE_QUERY = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			""" + ATTRIBUTE_OF_A_LIVE_SESSION;

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
		switch (DatabaseKind.of(dataSource)) {
			case POSTGRESQL -> sessions.setCreateSessionAttributeQuery(POSTGRESQL_CREATE_SESSION_ATTRIBUTE_QUERY);
			case H2 -> sessions.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE_QUERY);
			default -> {
				// the app runs on H2 and PostgreSQL only; elsewhere the plain insert
				// stays
			}
		}
	}

}
