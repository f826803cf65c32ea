package io.expensync.categories;

import io.expensync.web.NotFoundException;

public class CategoryNotFoundException extends NotFoundException {

	CategoryNotFoundException(Object idOrKey) {
		super("Category", idOrKey);
	}

}
