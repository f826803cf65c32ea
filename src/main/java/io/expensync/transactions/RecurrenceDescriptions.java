package io.expensync.transactions;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Describes schedules for the transactions table ("Monthly · next 25 Dec 2026").
 * Implemented by the {@code recurring} module, which owns schedules; declared here so
 * that this module can show them without depending on it.
 */
public interface RecurrenceDescriptions {

	Map<UUID, String> describe(UUID userId, Collection<UUID> ruleIds);

}
