package io.expensync.categories;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A category of one user. Transactions refer to it by its key, which never changes, so
 * renaming and recolouring are safe; archiving hides it from new transactions but keeps
 * it on old ones.
 */
@Entity
@Table(name = "categories")
class Category {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(name = "category_key", nullable = false, updatable = false)
	private String key;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private CategoryType type;

	@Column(nullable = false, length = 7)
	private String colour;

	@Column(nullable = false)
	private String icon;

	@Column(nullable = false)
	private boolean archived;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Category() {
	}

	Category(UUID userId, String key, String name, CategoryType type, String colour, String icon, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.key = key;
		this.name = name;
		this.type = type;
		this.colour = colour;
		this.icon = icon;
		this.createdAt = now;
		this.updatedAt = now;
	}

	static Category of(UUID userId, DefaultCategory preset, Instant now) {
		return new Category(userId, preset.key, preset.label, preset.type, preset.colour, preset.icon, now);
	}

	void change(String newName, String newColour, String newIcon, boolean archive, Instant now) {
		this.name = newName;
		this.colour = newColour;
		this.icon = newIcon;
		this.archived = archive;
		this.updatedAt = now;
	}

	CategoryView view() {
		return new CategoryView(id, key, name, type, colour, icon, archived);
	}

}
