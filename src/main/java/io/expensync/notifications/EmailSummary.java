package io.expensync.notifications;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An email written to a user, without its content: what it was about and whether it went
 * out ({@code PENDING}, {@code SENT} or {@code FAILED}).
 */
public record EmailSummary(UUID id, String subject, String kind, String status, Instant createdAt,
		@Nullable Instant sentAt) {
}
