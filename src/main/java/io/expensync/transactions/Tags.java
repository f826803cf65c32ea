package io.expensync.transactions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Free tags on transactions ("holiday-2026"): a tag is kept trimmed, with single spaces
 * and in lower case, so "Holiday 2026" and "holiday 2026" are one tag. A form takes
 * several at once separated by commas, so a tag holds no comma.
 */
public final class Tags {

	/** The longest tag, in characters. */
	public static final int MAX_LENGTH = 40;

	/** The most tags one transaction carries. */
	public static final int MAX_PER_TRANSACTION = 20;

	/**
	 * What a tag may not hold: the comma that separates tags in a form, and what would
	 * not stay itself in a link's path.
	 */
	private static final String FORBIDDEN = ",/\\?#%";

	private Tags() {
	}

	/** The tag as kept; null when nothing is left of it. */
	public static @Nullable String normalised(@Nullable String tag) {
		if (tag == null) {
			return null;
		}
		String normal = tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return normal.isEmpty() ? null : normal;
	}

	/**
	 * The tags as kept, each once, in the order given; nulls and blank tags are left out.
	 */
	public static List<String> normalised(@Nullable Collection<@Nullable String> tags) {
		if (tags == null) {
			return List.of();
		}
		Set<String> kept = new LinkedHashSet<>();
		for (String tag : tags) {
			String normal = normalised(tag);
			if (normal != null) {
				kept.add(normal);
			}
		}
		return List.copyOf(kept);
	}

	/** The tags typed in one field, separated by commas. */
	public static List<String> parse(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		return normalised(new ArrayList<>(List.of(typed.split(","))));
	}

	/** The tags as one field shows them: "food, holiday-2026". */
	public static String joined(Collection<String> tags) {
		return String.join(", ", tags);
	}

	/** What is wrong with one kept tag; null when nothing is. */
	public static @Nullable String problem(String tag) {
		if (tag.length() > MAX_LENGTH) {
			return "A tag has at most " + MAX_LENGTH + " characters: \"" + tag.substring(0, MAX_LENGTH) + "…\"";
		}
		if (tag.chars().anyMatch((c) -> FORBIDDEN.indexOf(c) >= 0)) {
			return "A tag cannot hold , / \\ ? # or %: \"" + tag + "\"";
		}
		if (tag.chars().anyMatch(Character::isISOControl)) {
			return "A tag cannot hold control characters";
		}
		return null;
	}

	/** What is wrong with a transaction's kept tags; null when nothing is. */
	static @Nullable String problem(List<String> tags) {
		if (tags.size() > MAX_PER_TRANSACTION) {
			return "At most " + MAX_PER_TRANSACTION + " tags on one transaction";
		}
		return tags.stream().map(Tags::problem).filter((problem) -> problem != null).findFirst().orElse(null);
	}

}
