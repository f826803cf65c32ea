package io.expensync.demo;

import io.expensync.users.ProfileSettings;
import io.expensync.users.SignUp;
import io.expensync.users.UserService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code expensync.demo=true}: creates the demo user with demo data once, and prints
 * how to sign in.
 */
@Component
@ConditionalOnBooleanProperty("expensync.demo")
class DemoUser implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUser.class);

	private final UserService users;

	private final DemoData demoData;

	private final DemoProperties properties;

	DemoUser(UserService users, DemoData demoData, DemoProperties properties) {
		this.users = users;
		this.demoData = demoData;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.current(properties.demoEmail()).isEmpty()) {
			users.signUp(new SignUp(properties.demoEmail(), properties.demoPassword(),
					new ProfileSettings("Demo User", "EUR", "Europe/Berlin", "en-IE")));
			int rows = demoData.generate(users.current(properties.demoEmail()).orElseThrow());
			log.info("Demo data: 3 accounts and {} transactions over {} days", rows, DemoData.DAYS);
		}
		log.info("Demo user ready. Sign in at /login as {} with password {}", properties.demoEmail(),
				properties.demoPassword());
	}

}
