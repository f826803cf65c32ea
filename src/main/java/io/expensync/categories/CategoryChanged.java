package io.expensync.categories;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The user added a category ({@code before} is null) or changed one (name, colour, icon,
 * archived), with how it looked before and after; published in the changing database
 * transaction, for the audit log. The 21 defaults every user starts with are not the
 * user's doing and publish none. Categories are archived, never deleted, so that old
 * transactions keep theirs.
 */
public record CategoryChanged(UUID userId, String key, @Nullable CategoryView before, CategoryView after) {
}
