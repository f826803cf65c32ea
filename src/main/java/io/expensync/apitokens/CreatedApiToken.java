package io.expensync.apitokens;

/**
 * A token just made, with its secret: the one time the secret exists outside the script
 * it is given to.
 */
public record CreatedApiToken(ApiTokenView token, String secret) {

	@Override
	public String toString() {
		// keeps the secret out of logs and error messages
		return "CreatedApiToken[token=%s, secret=%s…]".formatted(token, TokenSecrets.PREFIX);
	}

}
