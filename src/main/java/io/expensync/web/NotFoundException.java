package io.expensync.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something the signed-in user asked for does not exist for them: either there is no such
 * id or it belongs to someone else. Both answer 404, so nobody learns which ids exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String what, Object id) {
		super("%s %s not found".formatted(what, id));
	}

}
