package io.expensync.accounts;

import org.jspecify.annotations.Nullable;

/**
 * A new name or type for an account; what is left out (null) stays as it is.
 * {@link AccountService#patch} merges it and checks the result as {@link AccountChange}.
 */
public record AccountPatch(@Nullable String name, @Nullable AccountType type) {

	AccountChange onto(AccountView current) {
		return new AccountChange((name != null) ? name : current.name(), (type != null) ? type : current.type());
	}

}
