package io.expensync.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;

/**
 * A refusal written for the user reaches them; the message of any other failure, which
 * may name the app's internals, does not.
 */
class ApiProblemsTests {

	private final ApiProblems problems = new ApiProblems();

	@Test
	void aRefusalSaysWhy() {
		ProblemDetail problem = problems.refused(new RefusedException("an ended schedule cannot be paused"));
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getDetail()).isEqualTo("an ended schedule cannot be paused");
	}

	@Test
	void anyOtherFailureKeepsItsMessageToTheServer() {
		ProblemDetail problem = problems
			.failed(new IllegalStateException("A stored secret does not open with the key in /srv/data/secret.key"));
		assertThat(problem.getStatus()).isEqualTo(500);
		assertThat(problem.getDetail()).doesNotContain("secret", "/srv");
	}

}
