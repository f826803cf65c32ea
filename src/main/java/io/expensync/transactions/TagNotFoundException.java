package io.expensync.transactions;

import io.expensync.web.NotFoundException;

/** No transaction of the user carries the tag. */
public class TagNotFoundException extends NotFoundException {

	TagNotFoundException(String tag) {
		super("Tag", tag);
	}

}
