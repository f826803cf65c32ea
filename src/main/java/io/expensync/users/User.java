package io.expensync.users;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "users")
class User {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, length = 3)
	private String currency;

	@Column(nullable = false)
	private String timezone;

	@Column(nullable = false)
	private String locale;

	@Column(name = "email_verified_at")
	private @Nullable Instant emailVerifiedAt;

	@Column(name = "monthly_report_email", nullable = false)
	private boolean monthlyReportEmail = true;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected User() {
	}

	User(String email, String passwordHash, String name, Profile profile, Role role, Instant now) {
		this.id = UUID.randomUUID();
		this.email = normalise(email);
		this.passwordHash = passwordHash;
		this.role = role;
		this.name = name.strip();
		this.createdAt = now;
		apply(profile, now);
	}

	/**
	 * Emails are compared without case and surrounding blanks, so "Ann@X.org " and
	 * "ann@x.org" are one person.
	 */
	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void rename(String newName, Instant now) {
		this.name = newName.strip();
		this.updatedAt = now;
	}

	void apply(Profile profile, Instant now) {
		this.currency = profile.currency().getCurrencyCode();
		this.timezone = profile.zone().getId();
		this.locale = profile.locale().toLanguageTag();
		this.updatedAt = now;
	}

	void addressVerified(Instant now) {
		if (emailVerifiedAt == null) {
			this.emailVerifiedAt = now;
			this.updatedAt = now;
		}
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.updatedAt = now;
	}

	void emailMonthlyReport(boolean wanted, Instant now) {
		this.monthlyReportEmail = wanted;
		this.updatedAt = now;
	}

	UserView view() {
		return new UserView(id, email, name, Profile.of(currency, timezone, locale), role, createdAt, updatedAt,
				monthlyReportEmail, emailVerifiedAt != null);
	}

	UUID id() {
		return id;
	}

	String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	String email() {
		return email;
	}

}
