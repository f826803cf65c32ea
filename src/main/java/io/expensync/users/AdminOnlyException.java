package io.expensync.users;

import io.expensync.web.NotFoundException;

/**
 * Someone who is not an administrator asked for an administrators' page or change: it
 * answers 404, like any page they may not see.
 */
public class AdminOnlyException extends NotFoundException {

	public AdminOnlyException() {
		super("Page", "for administrators");
	}

}
