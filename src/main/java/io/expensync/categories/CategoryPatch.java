package io.expensync.categories;

import org.jspecify.annotations.Nullable;

/**
 * A change to some of a category's details; what is left out (null) stays as it is.
 * {@link CategoryService#patch} merges it and checks the result as
 * {@link CategoryDetails}.
 */
public record CategoryPatch(@Nullable String name, @Nullable String colour, @Nullable String icon,
		@Nullable Boolean archived) {

	CategoryDetails onto(CategoryView current) {
		return new CategoryDetails((name != null) ? name : current.name(), current.type(),
				(colour != null) ? colour : current.colour(), (icon != null) ? icon : current.icon(),
				(archived != null) ? archived : current.archived());
	}

}
