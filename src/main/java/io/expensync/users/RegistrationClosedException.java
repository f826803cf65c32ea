package io.expensync.users;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Sign-up is closed on this installation; an admin opens it. Answers 403 with problem
 * details.
 */
public class RegistrationClosedException extends ErrorResponseException {

	public RegistrationClosedException() {
		super(HttpStatus.FORBIDDEN, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Registration is closed on this installation. Ask its admin for an account.");
		problem.setTitle("Registration closed");
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
