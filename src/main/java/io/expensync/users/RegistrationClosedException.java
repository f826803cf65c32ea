package io.expensync.users;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Sign-up is closed on this installation; an admin opens it. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class RegistrationClosedException extends RuntimeException {

	RegistrationClosedException() {
		super("Registration is closed on this installation. Ask its admin for an account.");
	}

}
