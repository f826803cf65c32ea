package io.expensync;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * On PostgreSQL the test database outlives a run; clean it once per JVM so every run
 * starts from the current migrations. Later contexts of the same run only migrate (a
 * no-op).
 */
@Configuration(proxyBeanMethods = false)
@Profile("test-db-postgres")
class CleanDatabaseOnce {

	private static final AtomicBoolean cleaned = new AtomicBoolean();

	@Bean
	FlywayMigrationStrategy cleanOnceThenMigrate() {
		return flyway -> {
			if (cleaned.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
