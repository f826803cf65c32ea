package io.expensync.imports;

import java.util.UUID;

import io.expensync.web.NotFoundException;

/** No import with this id is the signed-in user's. */
public class ImportNotFoundException extends NotFoundException {

	ImportNotFoundException(UUID id) {
		super("Import", id);
	}

}
