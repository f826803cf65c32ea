package io.expensync;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.TestPropertySource;

/**
 * The application delivers email to an {@link SmtpServer} bean, which the test reads. The
 * tests with the same other settings share one Spring context, and so one server: each
 * purges its mailboxes before it starts. The host is a fixed property, as whether mail is
 * configured at all is decided from it before any bean is made; the port is the server's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(WithSmtpServer.SmtpServerConfiguration.class)
@TestPropertySource(properties = "spring.mail.host=127.0.0.1")
public @interface WithSmtpServer {

	@TestConfiguration(proxyBeanMethods = false)
	class SmtpServerConfiguration {

		@Bean(destroyMethod = "stop")
		SmtpServer smtpServer() {
			return new SmtpServer();
		}

		@Bean
		DynamicPropertyRegistrar smtpServerPort(SmtpServer smtp) {
			return (registry) -> registry.add("spring.mail.port", smtp::port);
		}

	}

}
