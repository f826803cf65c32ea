package io.expensync.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Sign-up as typed into the page or posted to {@code POST /api/v1/users}. */
public class SignUpForm {

	@NotBlank(message = "Enter your email address")
	@Email(message = "Enter an email address like ann@example.org")
	@Size(max = 254, message = "An email address has at most 254 characters")
	private String email = "";

	@NotBlank(message = "Choose a password")
	@Size(min = 10, max = 72, message = "A password needs 10 to 72 characters")
	private String password = "";

	@NotBlank(message = "Tell us your name")
	@Size(max = 100, message = "A name has at most 100 characters")
	private String name = "";

	@Size(max = 3)
	private String currency = Profile.DEFAULT.currency().getCurrencyCode();

	@Size(max = 64)
	private String timezone = Profile.DEFAULT.zone().getId();

	@Size(max = 35)
	private String locale = Profile.DEFAULT.locale().toLanguageTag();

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
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

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getTimezone() {
		return timezone;
	}

	public void setTimezone(String timezone) {
		this.timezone = timezone;
	}

	public String getLocale() {
		return locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

}
