package io.expensync.recurring;

import java.util.UUID;

import io.expensync.web.NotFoundException;

public class ScheduleNotFoundException extends NotFoundException {

	ScheduleNotFoundException(UUID id) {
		super("Schedule", id);
	}

}
