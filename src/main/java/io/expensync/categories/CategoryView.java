package io.expensync.categories;

import java.util.UUID;

/** A category as pages, the API and other modules read it. */
public record CategoryView(UUID id, String key, String name, CategoryType type, String colour, String icon,
		boolean archived) {
}
