package io.expensync;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * ExpenSync. Actuator's Jackson 2 endpoint mapper is left out: the app writes JSON with
 * Jackson 3, and Jackson 2 is on the class path only for the optional AI client, whose
 * Kotlin module costs a second of start-up to find.
 */
@SpringBootApplication(
		excludeName = "org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration")
public class ExpenSyncApplication {

	public static void main(String[] args) {
		SpringApplication.run(ExpenSyncApplication.class, args);
	}

	/** The one source of "now"; tests replace it with a fixed clock. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
