package io.expensync.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link SessionVisits} before the sessions Spring Boot keeps in the database, for
 * the session filter and for the sessions page. An auto-configuration, listed in
 * {@code META-INF/spring}, since it must come after Spring Boot's: a session repository
 * of the app's own would make Spring Boot keep none. Without the database store (most
 * tests) there is nothing to put it before.
 */
@AutoConfiguration(after = JdbcSessionAutoConfiguration.class)
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
class SessionVisitsConfiguration {

	@Bean
	@Primary
	SessionVisits sessionVisits(JdbcIndexedSessionRepository stored) {
		// its sessions' class is not public; they are Sessions here
		@SuppressWarnings("unchecked")
		FindByIndexNameSessionRepository<Session> sessions = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) stored;
		return new SessionVisits(sessions);
	}

}
