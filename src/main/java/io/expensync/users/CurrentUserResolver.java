package io.expensync.users;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Resolves {@link CurrentUser} controller arguments from the authenticated principal, and
 * the request locale from the user's profile (visitors get their browser's). The user is
 * loaded once per request. One bean, under the name Spring MVC looks its locale resolver
 * up by: a second name for the same object made injecting it by type depend on the order
 * the beans were made in.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class CurrentUserResolver implements HandlerMethodArgumentResolver, LocaleResolver {

	private static final String ATTRIBUTE = CurrentUser.class.getName();

	private final UserService users;

	private final AcceptHeaderLocaleResolver visitors = new AcceptHeaderLocaleResolver();

	CurrentUserResolver(UserService users) {
		this.users = users;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(CurrentUser.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		return find(request).orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return find(request).map(CurrentUser::locale).orElseGet(() -> visitors.resolveLocale(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("the locale is changed on the profile page");
	}

	Optional<CurrentUser> find(@Nullable HttpServletRequest request) {
		if (request != null && request.getAttribute(ATTRIBUTE) instanceof CurrentUser cached) {
			return Optional.of(cached);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		// An API token's sign-in loaded its owner already, in this request.
		Optional<CurrentUser> user = (authentication.getDetails() instanceof CurrentUser owner
				&& owner.email().equals(authentication.getName())) ? Optional.of(owner)
						: users.current(authentication.getName());
		if (request != null) {
			user.ifPresent(found -> request.setAttribute(ATTRIBUTE, found));
		}
		return user;
	}

}
