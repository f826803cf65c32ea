package io.expensync.categories;

import io.expensync.users.UserRegistered;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new user the 21 default categories, inside the sign-up transaction (see
 * {@link UserRegistered}).
 */
@Component
class DefaultCategories {

	private final CategoryService categories;

	DefaultCategories(CategoryService categories) {
		this.categories = categories;
	}

	@EventListener
	void on(UserRegistered event) {
		categories.createDefaults(event.userId());
	}

}
