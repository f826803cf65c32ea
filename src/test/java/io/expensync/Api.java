package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import io.expensync.users.CurrentUser;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Calls the JSON API as a client would: HTTP Basic, JSON bodies, JSON answers. */
public record Api(MockMvcTester mvc) {

	public MvcTestResult get(CurrentUser user, String uri) {
		return mvc.get().uri(uri).with(TestUsers.basic(user)).exchange();
	}

	/**
	 * GET with query parameters given as name, value, name, value… (encoded as a browser
	 * would).
	 */
	public MvcTestResult get(CurrentUser user, String path, String... params) {
		var request = mvc.get().uri(path).with(TestUsers.basic(user));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	/**
	 * A page as the signed-in user's browser gets it, with query parameters given as
	 * name, value, name, value…; it must answer 200.
	 */
	public String page(CurrentUser user, String path, String... params) {
		var request = mvc.get().uri(path).with(TestUsers.session(user));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		MvcTestResult page = request.exchange();
		assertThat(page).hasStatusOk();
		try {
			return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public MvcTestResult post(CurrentUser user, String uri, String json) {
		return mvc.post()
			.uri(uri)
			.with(TestUsers.basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	public MvcTestResult put(CurrentUser user, String uri, String json) {
		return mvc.put()
			.uri(uri)
			.with(TestUsers.basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	public MvcTestResult patch(CurrentUser user, String uri, String json) {
		return mvc.patch()
			.uri(uri)
			.with(TestUsers.basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	public MvcTestResult delete(CurrentUser user, String uri) {
		return mvc.delete().uri(uri).with(TestUsers.basic(user)).exchange();
	}

	/** Creates an account and answers its id. */
	public String account(CurrentUser user, String name, String openingBalance) {
		return account(user, name, "EUR", openingBalance);
	}

	public String account(CurrentUser user, String name, String currency, String openingBalance) {
		MvcTestResult result = post(user, "/api/v1/accounts", """
				{"name": "%s", "type": "CURRENT", "currency": "%s", "openingBalance": "%s"}
				""".formatted(name, currency, openingBalance));
		assertThat(result).hasStatus(201);
		return read(result, "$.id");
	}

	/** Records an income or expense and answers its id. */
	public String transaction(CurrentUser user, String accountId, String type, String amount, String category) {
		MvcTestResult result = post(user, "/api/v1/transactions", """
				{"type": "%s", "amount": "%s", "date": "2026-11-01", "description": "test", "category": "%s",
				 "accountId": "%s"}
				""".formatted(type, amount, category, accountId));
		assertThat(result).hasStatus(201);
		return read(result, "$.id");
	}

	public String transfer(CurrentUser user, String from, String to, String amount) {
		MvcTestResult result = post(user, "/api/v1/transactions", """
				{"type": "TRANSFER", "amount": "%s", "date": "2026-11-01", "description": "move",
				 "accountId": "%s", "toAccountId": "%s"}
				""".formatted(amount, from, to));
		assertThat(result).hasStatus(201);
		return read(result, "$.id");
	}

	/** Uploads a statement for import and answers the preview. */
	public MvcTestResult upload(CurrentUser user, String accountId, String fileName, byte[] content) {
		return mvc.post()
			.uri("/api/v1/imports")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.param("accountId", accountId)
			.with(TestUsers.basic(user))
			.exchange();
	}

	/** A previewed (not committed) import of two CSV rows, and answers its id. */
	public String importPreview(CurrentUser user, String accountId) {
		MvcTestResult result = upload(user, accountId, "statement.csv",
				"Date,Description,Amount\n2026-11-02,Bakery,-2.40\n2026-11-03,Refund,5.00\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(result).hasStatus(201);
		return read(result, "$.id");
	}

	public String balance(CurrentUser user, String accountId) {
		return read(get(user, "/api/v1/accounts/" + accountId), "$.balance");
	}

	public static <T> T read(MvcTestResult result, String path) {
		try {
			return JsonPath.read(result.getResponse().getContentAsString(), path);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
