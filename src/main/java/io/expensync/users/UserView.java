package io.expensync.users;

import java.time.Instant;
import java.util.UUID;

/** A user as other modules and pages see them; never carries the password hash. */
public record UserView(UUID id, String email, String name, Profile profile, Role role, Instant createdAt,
		Instant updatedAt, boolean monthlyReportEmail, boolean emailVerified) {
}
