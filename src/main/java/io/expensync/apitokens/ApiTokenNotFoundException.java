package io.expensync.apitokens;

import java.util.UUID;

import io.expensync.web.NotFoundException;

/** No token with this id belongs to the signed-in user (any more). */
public class ApiTokenNotFoundException extends NotFoundException {

	ApiTokenNotFoundException(UUID id) {
		super("API token", id);
	}

}
