package io.expensync.users.store;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.expensync.users.Profile;
import io.expensync.users.Role;
import io.expensync.users.UserView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in: their address, password hash, name, profile and role. The
 * module's services change it; other modules see it only as a {@link UserView}.
 */
@Entity
@Table(name = "users")
public class User {

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

	public User(String email, String passwordHash, String name, Profile profile, Role role, Instant now) {
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
	public static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public void rename(String newName, Instant now) {
		this.name = newName.strip();
		this.updatedAt = now;
	}

	public void apply(Profile profile, Instant now) {
		this.currency = profile.currency().getCurrencyCode();
		this.timezone = profile.zone().getId();
		this.locale = profile.locale().toLanguageTag();
		this.updatedAt = now;
	}

	public void addressVerified(Instant now) {
		if (emailVerifiedAt == null) {
			this.emailVerifiedAt = now;
			this.updatedAt = now;
		}
	}

	public void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.updatedAt = now;
	}

	public void emailMonthlyReport(boolean wanted, Instant now) {
		this.monthlyReportEmail = wanted;
		this.updatedAt = now;
	}

	public UserView view() {
		return new UserView(id, email, name, Profile.of(currency, timezone, locale), role, createdAt, updatedAt,
				monthlyReportEmail, emailVerifiedAt != null);
	}

	public UUID id() {
		return id;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public Role role() {
		return role;
	}

	public String email() {
		return email;
	}

}
