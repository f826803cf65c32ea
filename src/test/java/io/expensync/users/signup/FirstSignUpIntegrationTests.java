package io.expensync.users.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.expensync.users.ProfileSettings;
import io.expensync.users.SignUp;
import io.expensync.users.UserService;
import io.expensync.users.UserView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first user of an installation becomes its admin; when several sign up at the same
 * moment on a new installation, exactly one does. An installation of its own (an
 * in-memory database), since every other test shares one that has users.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:first-sign-up;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "expensync.test.own-database=false" })
class FirstSignUpIntegrationTests {

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ofManyFirstSignUpsAtOnceOneBecomesAdmin() throws Exception {
		assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isZero();
		int clients = 8;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Callable<UserView>> signUps = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				SignUp signUp = new SignUp("founder" + i + "@example.org", "a fine long password " + i,
						ProfileSettings.defaults("Founder " + i));
				signUps.add(() -> users.signUp(signUp));
			}
			for (Future<UserView> done : pool.invokeAll(signUps)) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isEqualTo(clients);
		assertThat(jdbc.queryForObject("select count(*) from users where role = 'ADMIN'", Integer.class)).isOne();
	}

}
