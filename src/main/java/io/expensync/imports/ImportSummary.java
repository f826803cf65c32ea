package io.expensync.imports;

import java.time.Instant;
import java.util.UUID;

import io.expensync.imports.formats.FileFormat;

import org.jspecify.annotations.Nullable;

/**
 * An import in the list of the latest ones.
 *
 * @param rows the rows the file held
 * @param imported how many were booked, once committed
 * @param skipped how many were left out, once committed
 */
public record ImportSummary(UUID id, UUID accountId, String accountName, String fileName, FileFormat format,
		boolean committed, int rows, @Nullable Integer imported, @Nullable Integer skipped, Instant createdAt) {
}
