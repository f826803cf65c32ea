package io.expensync.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A JSON body over 1 MB is refused before it is read, and one sent without its length
 * stops being read at 1 MB.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestBodyLimitIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void aBodyOverTheCapIsRefusedUnreadAndChangesNothing() {
		CurrentUser ann = users.signUp("Ann");
		Api api = new Api(mvc);
		String giro = api.account(ann, "Giro", "10.00");
		String huge = """
				{"type": "EXPENSE", "amount": "1.00", "date": "2026-05-01", "accountId": "%s",
				 "category": "food", "notes": "%s"}""".formatted(giro, "x".repeat(RequestBodyLimit.MAX_BYTES));

		MvcTestResult refused = mvc.post()
			.uri("/api/v1/transactions")
			.with(TestUsers.basic(ann))
			.contentType(MediaType.APPLICATION_JSON)
			.content(huge)
			.exchange();

		assertThat(refused).hasStatus(413).bodyJson().extractingPath("$.detail").asString().contains("1 MB");
		assertThat(api.balance(ann, giro)).isEqualTo("10.00");
		assertThat(api.get(ann, "/api/v1/transactions")).bodyJson().extractingPath("$.totalElements").isEqualTo(0);
	}

	@Test
	void aBodyOfUnknownLengthEndsAtTheCap() throws Exception {
		MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/v1/transactions") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
		chunked.setContentType(MediaType.APPLICATION_JSON_VALUE);
		chunked.setContent(new byte[RequestBodyLimit.MAX_BYTES + 10]);

		new RequestBodyLimit().doFilter(chunked, new MockHttpServletResponse(), (request, response) -> {
			byte[] buffer = new byte[8192];
			assertThatThrownBy(() -> {
				while (request.getInputStream().read(buffer) >= 0) {
					// reads on, as a JSON parser would
				}
			}).isInstanceOf(IOException.class).hasMessageContaining("larger than");
		});
	}

}
