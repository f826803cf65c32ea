package io.expensync.users;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user into every page's model as {@code me}, for the layout's user
 * menu.
 */
@ControllerAdvice(annotations = Controller.class)
class SignedInUserModel {

	private final CurrentUserResolver resolver;

	SignedInUserModel(CurrentUserResolver resolver) {
		this.resolver = resolver;
	}

	@ModelAttribute("me")
	@Nullable CurrentUser me(HttpServletRequest request) {
		return resolver.find(request).orElse(null);
	}

}
