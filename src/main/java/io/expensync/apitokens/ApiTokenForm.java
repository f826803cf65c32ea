package io.expensync.apitokens;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new token: a name to tell it apart by, how long it works, and the user's current
 * password, so that a session taken over (a stolen cookie) cannot make itself a key that
 * outlives it.
 */
public class ApiTokenForm {

	static final int LONGEST_NAME = 100;

	@NotBlank(message = "Give the token a name, such as what will use it")
	@Size(max = LONGEST_NAME, message = "A token name has at most 100 characters")
	private String name = "";

	@NotNull(message = "Choose how long the token works")
	private ApiTokenLifetime lifetime = ApiTokenLifetime.DAYS_90;

	@Size(max = 128, message = "Enter your current password")
	private String password = "";

	public ApiTokenForm() {
	}

	public ApiTokenForm(String name, ApiTokenLifetime lifetime, String password) {
		this.name = name;
		this.lifetime = lifetime;
		this.password = password;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ApiTokenLifetime getLifetime() {
		return lifetime;
	}

	public void setLifetime(ApiTokenLifetime lifetime) {
		this.lifetime = lifetime;
	}

}
