package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every page says what the browser may do with it: scripts only from here and only with
 * this response's nonce, no framing, no referrer to other sites, no camera-less features,
 * HSTS over HTTPS.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersIntegrationTests {

	static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

	@Autowired
	MockMvcTester mvc;

	@Test
	void pagesCarryAFreshNonceOnEveryScriptAndTheStrictHeaders() throws Exception {
		MvcTestResult first = mvc.get().uri("/login").exchange();
		String nonce = nonce(first);
		assertThat(first).hasStatusOk().bodyText().contains("nonce=\"" + nonce + "\"").doesNotContain("<script>");
		String body = first.getResponse().getContentAsString().replaceAll("\\s+", " ");
		assertThat(body.split("<script ").length - 1).as("every script tag carries the nonce")
			.isEqualTo(body.split("<script [^>]*nonce=\"" + Pattern.quote(nonce) + "\"").length - 1);
		assertThat(nonce(mvc.get().uri("/login").exchange())).as("one per response").isNotEqualTo(nonce);

		assertThat(first).headers()
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("Referrer-Policy", "same-origin")
			.hasValue("Permissions-Policy", SecurityConfiguration.PERMISSIONS)
			.doesNotContainHeader("Strict-Transport-Security");
		assertThat(first.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'",
				"object-src 'none'", "form-action 'self'", "base-uri 'self'");

		assertThat(mvc.get().uri("https://localhost/login").exchange()).headers()
			.containsHeader("Strict-Transport-Security");
	}

	private static String nonce(MvcTestResult result) {
		Matcher matcher = NONCE.matcher(result.getResponse().getHeader("Content-Security-Policy"));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
