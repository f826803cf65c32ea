package io.expensync.accounts;

import java.util.UUID;

import io.expensync.web.NotFoundException;

public class AccountNotFoundException extends NotFoundException {

	private final UUID id;

	public AccountNotFoundException(UUID id) {
		super("Account", id);
		this.id = id;
	}

	/** The account asked for, which the user does not have. */
	public UUID id() {
		return id;
	}

}
