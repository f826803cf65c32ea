package io.expensync.accounts;

import java.util.UUID;

import io.expensync.web.NotFoundException;

public class AccountNotFoundException extends NotFoundException {

	public AccountNotFoundException(UUID id) {
		super("Account", id);
	}

}
