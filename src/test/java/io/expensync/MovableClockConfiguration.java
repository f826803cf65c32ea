package io.expensync;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A movable clock for tests of time-driven behaviour; shared so those tests share one
 * Spring context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Instant.parse("2026-05-10T10:00:00Z"));
	}

}
