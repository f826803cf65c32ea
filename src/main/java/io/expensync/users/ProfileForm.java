package io.expensync.users;

/**
 * The profile fields of a page form as typed: name, currency, timezone and locale;
 * {@link ProfileSettings} holds the rules. The profile page binds it, sign-up extends it
 * ({@code users/profile-fields.html} shows its fields on both).
 */
public class ProfileForm {

	private String name = "";

	private String currency = "";

	private String timezone = "";

	private String locale = "";

	static ProfileForm of(UserView user) {
		ProfileForm form = new ProfileForm();
		form.name = user.name();
		form.currency = user.profile().currency().getCurrencyCode();
		form.timezone = user.profile().zone().getId();
		form.locale = user.profile().locale().toLanguageTag();
		return form;
	}

	public ProfileSettings toSettings() {
		return new ProfileSettings(name, currency, timezone, locale);
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
