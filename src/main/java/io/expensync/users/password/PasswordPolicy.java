package io.expensync.users.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.expensync.web.InvalidFieldException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, and its hash: 10 to 72 characters (at most 72 bytes in
 * UTF-8, all that BCrypt reads), not one of the 30,000 most common passwords (ignoring
 * case), and not the user's own email address or name.
 */
@Component
public class PasswordPolicy {

	static final int MIN = 10;

	static final int MAX = 72;

	/** BCrypt reads this many bytes of a password and refuses more. */
	public static final int MAX_BYTES = 72;

	private final Set<String> common;

	private final PasswordEncoder encoder;

	public PasswordPolicy(PasswordEncoder encoder) {
		this.encoder = encoder;
		this.common = load("security/common-passwords.txt");
	}

	/**
	 * The hash of an acceptable new password.
	 * @throws InvalidFieldException on {@code field} saying what is wrong with it
	 */
	public String hash(String field, String password, String email, String name) {
		if (password.length() < MIN || password.length() > MAX) {
			throw new InvalidFieldException(field, "A password needs %d to %d characters".formatted(MIN, MAX));
		}
		if (bytes(password) > MAX_BYTES) {
			throw new InvalidFieldException(field, ("A password can be at most %d bytes long: accented letters take "
					+ "two, and emoji four. Use fewer of them, or a shorter password")
				.formatted(MAX_BYTES));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || common.contains(lower.strip())) {
			throw new InvalidFieldException(field,
					"This is one of the most common passwords, the first any attacker tries. Choose another.");
		}
		String local = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
		if (lower.equals(email.toLowerCase(Locale.ROOT)) || lower.equals(local)
				|| lower.equals(name.strip().toLowerCase(Locale.ROOT))) {
			throw new InvalidFieldException(field, "A password must not be your email address or name.");
		}
		return encoder.encode(password);
	}

	public static int bytes(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length;
	}

	/** Whether the password is the one the hash was made from. */
	public boolean matches(String password, String hash) {
		return encoder.matches(password, hash);
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
