package io.expensync.receipts.extraction;

import java.util.Objects;

/**
 * One value read from a receipt with how sure the extractor is of it, from 0 (a guess) to
 * 1 (certain). The form shows which fields were filled this way so the user can check
 * them.
 */
public record ExtractedField<T>(T value, double confidence) {

	public ExtractedField {
		Objects.requireNonNull(value, "value");
		if (!(confidence >= 0 && confidence <= 1)) {
			throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
		}
	}

	public static <T> ExtractedField<T> of(T value, double confidence) {
		return new ExtractedField<>(value, Math.min(1, Math.max(0, confidence)));
	}

}
