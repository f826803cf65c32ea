package io.expensync.notifications;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An outbox email as the mailbox page shows it; its body only to its recipient
 * ({@code bodyShown}), not to an admin.
 */
public record MailboxEntry(UUID id, String recipient, String subject, String kind, String status, int attempts,
		@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt, String html, String text,
		boolean bodyShown) {
}
