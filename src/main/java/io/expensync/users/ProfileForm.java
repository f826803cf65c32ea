package io.expensync.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The profile page's form: name, currency, timezone and locale. */
public class ProfileForm {

	@NotBlank(message = "Tell us your name")
	@Size(max = 100, message = "A name has at most 100 characters")
	private String name = "";

	@NotBlank(message = "Choose a currency")
	@Size(max = 3, message = "A currency is a 3-letter code like EUR")
	private String currency = "";

	@NotBlank(message = "Choose a timezone")
	@Size(max = 64, message = "Choose a timezone from the list")
	private String timezone = "";

	@NotBlank(message = "Choose a locale")
	@Size(max = 35, message = "A locale is a tag like en-US")
	private String locale = "";

	static ProfileForm of(UserView user) {
		ProfileForm form = new ProfileForm();
		form.name = user.name();
		form.currency = user.profile().currency().getCurrencyCode();
		form.timezone = user.profile().zone().getId();
		form.locale = user.profile().locale().toLanguageTag();
		return form;
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
