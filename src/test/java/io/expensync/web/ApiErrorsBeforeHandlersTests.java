package io.expensync.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An API request refused before a handler took it gets problem details; a page's request
 * is left to the error page.
 */
class ApiErrorsBeforeHandlersTests {

	private final ApiErrorsBeforeHandlers resolver = new ApiErrorsBeforeHandlers();

	@Test
	void anUploadOverTheLimitIsA413ProblemOnTheApi() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.resolver.resolveException(new MockHttpServletRequest("POST", "/api/v1/imports"), response, null,
				new MaxUploadSizeExceededException(10 * 1024 * 1024)))
			.isNotNull();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":413").contains("at most 10 MB");
	}

	@Test
	void aContentTypeNoHandlerTakesIsA415ProblemOnTheApi() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.resolveException(new MockHttpServletRequest("POST", "/api/v1/receipts"), response, null,
				new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN, List.of(MediaType.MULTIPART_FORM_DATA)));
		assertThat(response.getStatus()).isEqualTo(415);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("text/plain");
	}

	@Test
	void leavesPagesAndHandledRequestsToTheOthers() {
		MaxUploadSizeExceededException tooLarge = new MaxUploadSizeExceededException(1);
		assertThat(this.resolver.resolveException(new MockHttpServletRequest("POST", "/receipts"),
				new MockHttpServletResponse(), null, tooLarge))
			.isNull();
		assertThat(this.resolver.resolveException(new MockHttpServletRequest("POST", "/api/v1/imports"),
				new MockHttpServletResponse(), new Object(), tooLarge))
			.isNull();
	}

}
