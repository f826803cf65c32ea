package io.expensync.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the path, to mark the current section in the
 * navigation, and the nonce its scripts carry.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/** For the {@code nonce} of every script tag; see {@link CspNonce}. */
	@ModelAttribute("cspNonce")
	String cspNonce(HttpServletRequest request) {
		return CspNonce.of(request);
	}

}
