package io.expensync.security;

import java.util.Collection;

import io.expensync.users.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * An API request signed in with a personal API token. The principal is the owner's email
 * address, as after a password, so that everything downstream sees the same user. Its
 * details are the owner as loaded with the token in this request, so that the request
 * does not load them again.
 */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final String email;

	ApiTokenAuthentication(CurrentUser owner, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.email = owner.email();
		setDetails(owner);
		setAuthenticated(true);
	}

	@Override
	public String getPrincipal() {
		return email;
	}

	/** The secret is not kept beyond the filter that checked it. */
	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

}
