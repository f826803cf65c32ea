package io.expensync.users;

import org.jspecify.annotations.Nullable;

/**
 * A change to some of a user's name and settings; what is left out (null) stays as it is.
 * {@link UserService#patchProfile} merges it and checks the result as
 * {@link ProfileSettings}.
 */
public record ProfilePatch(@Nullable String name, @Nullable String currency, @Nullable String timezone,
		@Nullable String locale) {

	ProfileSettings onto(UserView user) {
		ProfileSettings current = ProfileSettings.of(user.name(), user.profile());
		return new ProfileSettings((name != null) ? name : current.name(),
				(currency != null) ? currency : current.currency(), (timezone != null) ? timezone : current.timezone(),
				(locale != null) ? locale : current.locale());
	}

}
