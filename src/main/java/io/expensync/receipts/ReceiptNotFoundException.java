package io.expensync.receipts;

import java.util.UUID;

import io.expensync.web.NotFoundException;

/** No receipt with this id belongs to the signed-in user. */
public class ReceiptNotFoundException extends NotFoundException {

	public ReceiptNotFoundException(UUID id) {
		super("Receipt", id);
	}

}
