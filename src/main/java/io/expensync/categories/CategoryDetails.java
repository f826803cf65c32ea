package io.expensync.categories;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A category as the user describes it, to add or to change one: the command that
 * {@link CategoryService} checks. The type counts only when the category is added (it
 * never changes), {@code archived} only when it is changed (a new category is never
 * archived).
 */
public record CategoryDetails(
		@NotBlank(message = "Give the category a name") @Size(max = 50,
				message = "A category name has at most 50 characters") String name,
		@NotNull(message = "Choose income or expense") CategoryType type,
		@NotBlank(message = "Choose a colour") @Pattern(regexp = "#[0-9a-fA-F]{6}",
				message = "A colour is written like #22c55e") String colour,
		@NotBlank(message = "Choose an icon") @Pattern(regexp = "[a-z0-9-]{1,40}",
				message = "An icon is a Bootstrap Icons name like cart") String icon,
		boolean archived) {

	static CategoryDetails of(CategoryView category) {
		return new CategoryDetails(category.name(), category.type(), category.colour(), category.icon(),
				category.archived());
	}

}
