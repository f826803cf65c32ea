package io.expensync.users;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
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
	 * be upgraded.
	 */
	@Bean
	static PasswordEncoder passwordEncoder(UserProperties properties) {
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(properties.bcryptStrength())));
	}

	@Bean
	LocaleResolver localeResolver() {
		return currentUserResolver;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(currentUserResolver);
	}

}
