package io.expensync.security.passkeys;

import io.expensync.users.UserService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passkeys in the database, in Spring Security's own tables (migration V23), and the
 * ceremonies that Spring Security's WebAuthn filters find here as beans: one of each
 * type, or they would quietly fall back to keeping passkeys in memory.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	RelyingParty relyingParty(@Value("${expensync.base-url:http://localhost:8080}") String baseUrl) {
		return RelyingParty.of(baseUrl);
	}

	@Bean
	JdbcPublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	JdbcUserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	@Bean
	PasskeyCeremonies passkeyCeremonies(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, RelyingParty relyingParty, ApplicationEventPublisher events,
			UserService users, PlatformTransactionManager transactions) {
		return new PasskeyCeremonies(PasskeyCeremonies.webauthn4j(userEntities, credentials, relyingParty), events,
				users, new TransactionTemplate(transactions));
	}

}
