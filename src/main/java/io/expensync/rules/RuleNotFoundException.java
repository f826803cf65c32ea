package io.expensync.rules;

import java.util.UUID;

import io.expensync.web.NotFoundException;

public class RuleNotFoundException extends NotFoundException {

	RuleNotFoundException(UUID id) {
		super("Rule", id);
	}

}
