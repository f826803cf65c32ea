package io.expensync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Unlike the seed's public {@code /api/seed}, demo data cannot be made outside
 * development mode.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoDataAbsentIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void demoDataRoutesDoNotExistWithoutDevMode() {
		CurrentUser ann = users.signUp("Ann");
		assertThat(new Api(mvc).post(ann, "/api/v1/demo-data", "")).hasStatus(404);
		assertThat(new Api(mvc).get(ann, "/api/v1/transactions")).bodyJson()
			.extractingPath("$.totalElements")
			.isEqualTo(0);
	}

}
