package io.expensync;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
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
