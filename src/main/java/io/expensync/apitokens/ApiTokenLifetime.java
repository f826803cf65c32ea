package io.expensync.apitokens;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** How long a new token works, as the form offers it. */
public enum ApiTokenLifetime {

	DAYS_30("30 days", Duration.ofDays(30)), DAYS_90("90 days", Duration.ofDays(90)),
	YEAR("1 year", Duration.ofDays(365)), NEVER("No expiry", null);

	private final String label;

	private final @Nullable Duration length;

	ApiTokenLifetime(String label, @Nullable Duration length) {
		this.label = label;
		this.length = length;
	}

	public String label() {
		return label;
	}

	/** When a token made now stops working; null for never. */
	@Nullable Instant expiryFrom(Instant now) {
		return (length == null) ? null : now.plus(length);
	}

}
