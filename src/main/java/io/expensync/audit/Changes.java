package io.expensync.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.expensync.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What differs between how something looked before a change and after it, written for the
 * audit log as {@code Name: Giro → Main; Type: Current → Savings}. Fields that stayed the
 * same are left out, so a save that changed nothing leaves {@link #none()} and no entry.
 */
final class Changes<T> {

	private static final int LONGEST = 60;

	private final T before;

	private final T after;

	private final List<String> found = new ArrayList<>();

	private Changes(T before, T after) {
		this.before = before;
		this.after = after;
	}

	static <T> Changes<T> between(T before, T after) {
		return new Changes<>(before, after);
	}

	/** Notes the field as {@code label: old → new} when its text differs. */
	Changes<T> field(String label, Function<T, @Nullable String> value) {
		String was = value.apply(before);
		String now = value.apply(after);
		if (!Objects.equals(blankToNull(was), blankToNull(now))) {
			found.add("%s: %s → %s".formatted(label, shown(was), shown(now)));
		}
		return this;
	}

	boolean none() {
		return found.isEmpty();
	}

	/**
	 * The changes after what they belong to:
	 * {@code Lunch — Amount: 12.50 EUR → 13.00 EUR}.
	 */
	String of(String subject) {
		return subject + " — " + this;
	}

	@Override
	public String toString() {
		return String.join("; ", found);
	}

	/** Money as the log writes it: {@code 12.50 EUR}. */
	static String money(Money money) {
		return money.toPlainString() + " " + money.currency().getCurrencyCode();
	}

	static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	private static String shown(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "(none)";
		}
		return (value.length() > LONGEST) ? value.substring(0, LONGEST - 3) + "…" : value;
	}

}
