package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Many requests of one browser session at once (tabs, parallel htmx requests) all get
 * their page, also the first ones after sign-in, which each add the session's new CSRF
 * token: with sessions in the database, every save after the first used to fail on the
 * attributes' primary key (see {@link SessionAttributeUpsert}).
 */
// sessions in the database, as the app keeps them (the other tests keep them in the
// container)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class ConcurrentSessionRequestsIntegrationTests {

	static final int AT_ONCE = 24;

	static final List<String> PAGES = List.of("/dashboard", "/dashboard", "/accounts", "/transactions/new", "/budgets",
			"/profile");

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Test
	void requestsOfOneSessionAtOnceAllGetTheirPage() throws Exception {
		CurrentUser ann = users.signUp("Ann");
		ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
		try {
			for (int signIn = 1; signIn <= 3; signIn++) {
				Browser browser = new Browser(port, "Firefox/128.0");
				browser.signIn(ann.email());
				// the first round writes the session's attributes, the later ones find
				// them
				for (int round = 1; round <= 3; round++) {
					assertThat(atOnce(threads, browser)).as("sign-in %d, round %d", signIn, round).containsOnly(200);
				}
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private List<Integer> atOnce(ExecutorService threads, Browser browser) throws Exception {
		// every request waits for the others, so that they reach the app together
		CyclicBarrier start = new CyclicBarrier(AT_ONCE);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < AT_ONCE; i++) {
			String page = PAGES.get(i % PAGES.size());
			answers.add(threads.submit(() -> {
				start.await();
				return browser.get(page).statusCode();
			}));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		return statuses;
	}

}
