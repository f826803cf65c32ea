package io.expensync.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.expensync.apitokens.ApiTokenHolder;
import io.expensync.apitokens.ApiTokenService;
import io.expensync.security.Throttles.Limit;
import io.expensync.security.twofactor.TwoFactorSignIn;
import io.expensync.users.CurrentUser;
import io.expensync.web.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in by its {@code Authorization: Bearer exs_…} header: a token that
 * has neither expired nor been revoked acts as its owner, with all they may do, until
 * {@code expensync.limits.api-token-requests} a minute (then 429 with
 * {@code Retry-After}). Any other bearer value gets 401 with problem details, and nothing
 * else happens. Requests without a bearer token go on to HTTP Basic.
 */
class BearerTokenSignIn extends OncePerRequestFilter {

	private static final String BEARER = "Bearer";

	private final ApiTokenService tokens;

	private final Throttles throttles;

	private final Clock clock;

	BearerTokenSignIn(ApiTokenService tokens, Throttles throttles, Clock clock) {
		this.tokens = tokens;
		this.throttles = throttles;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !isBearer(header)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokenHolder> holder = tokens.holder(header.substring(BEARER.length()).strip());
		if (holder.isEmpty()) {
			refuse(response);
			return;
		}
		Optional<Duration> wait = throttles.take(Limit.API_TOKEN_REQUESTS, holder.get().tokenId().toString());
		if (wait.isPresent()) {
			AbuseGuard.tooMany(request, response, wait.get(),
					"This API token has sent very many requests in a short time.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn(holder.get()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	/** The Bearer scheme, with or without a token after it. */
	private static boolean isBearer(String header) {
		return header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				&& (header.length() == BEARER.length() || header.charAt(BEARER.length()) == ' ');
	}

	/**
	 * The owner's role, the bearer factor, and the second factor of two-factor sign-in:
	 * the token stands in for it, since making the token took a full sign-in.
	 */
	private ApiTokenAuthentication signedIn(ApiTokenHolder holder) {
		CurrentUser user = holder.user();
		Instant now = clock.instant();
		List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()),
				FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.BEARER_AUTHORITY).issuedAt(now).build(),
				FactorGrantedAuthority.withAuthority(TwoFactorSignIn.FACTOR).issuedAt(now).build());
		return new ApiTokenAuthentication(user, authorities);
	}

	/**
	 * 401 as RFC 6750 asks for a bad bearer token, with problem details as the API has.
	 */
	private static void refuse(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		ProblemJson.write(response, HttpStatus.UNAUTHORIZED, "This API token is not valid: it is mistyped, has "
				+ "expired or was revoked. Make a new one on your profile's API tokens page.");
	}

}
