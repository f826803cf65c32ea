package io.expensync.users.signup;

import io.expensync.users.Profile;
import io.expensync.users.ProfileForm;
import io.expensync.users.SignUp;

/**
 * The sign-up page's form as typed: the profile fields, which start as
 * {@link Profile#DEFAULT}, with an email address and a password; {@link SignUp} holds the
 * rules.
 */
public class SignUpForm extends ProfileForm {

	private String email = "";

	private String password = "";

	public SignUpForm() {
		setCurrency(Profile.DEFAULT.currency().getCurrencyCode());
		setTimezone(Profile.DEFAULT.zone().getId());
		setLocale(Profile.DEFAULT.locale().toLanguageTag());
	}

	public SignUp toSignUp() {
		return new SignUp(email, password, toSettings());
	}

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

}
