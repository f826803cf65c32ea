package io.expensync.transactions;

import java.util.UUID;

import io.expensync.web.NotFoundException;

public class TransactionNotFoundException extends NotFoundException {

	TransactionNotFoundException(UUID id) {
		super("Transaction", id);
	}

}
