package io.expensync.users;

import java.util.List;
import java.util.Map;

import io.expensync.users.password.PasswordPolicy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UserProperties.class)
class UsersConfiguration implements WebMvcConfigurer {

	private final CurrentUserResolver currentUserResolver;

	UsersConfiguration(CurrentUserResolver currentUserResolver) {
		this.currentUserResolver = currentUserResolver;
	}

	/**
	 * BCrypt, behind the delegating encoder so stored hashes name their algorithm and can
	 * be upgraded. BCrypt refuses a password longer than it reads (72 bytes) with an
	 * exception; no such password was ever accepted, so one given to sign in is wrong.
	 */
	@Bean
	static PasswordEncoder passwordEncoder(UserProperties properties) {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(properties.bcryptStrength());
		PasswordEncoder readable = new PasswordEncoder() {
			@Override
			public String encode(CharSequence password) {
				return bcrypt.encode(password);
			}

			@Override
			public boolean matches(CharSequence password, String hash) {
				return PasswordPolicy.bytes(password.toString()) <= PasswordPolicy.MAX_BYTES
						&& bcrypt.matches(password, hash);
			}

			@Override
			public boolean upgradeEncoding(String hash) {
				return bcrypt.upgradeEncoding(hash);
			}
		};
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", readable));
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(currentUserResolver);
	}

}
