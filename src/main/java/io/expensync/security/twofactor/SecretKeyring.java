package io.expensync.security.twofactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets kept in the database (AES-256-GCM, a fresh 12-byte nonce each time,
 * the owner's id as associated data so a value moved to another row does not decrypt).
 * The key is {@code expensync.security.secret-key} (Base64 of 32 bytes) or, when that is
 * unset, {@code secret.key} in the data directory, made on first start and readable by
 * its owner only. Losing the key turns off nobody's two-factor sign-in but makes it
 * unusable: keep it with the database backups, apart from them.
 */
@Component
public class SecretKeyring {

	private static final Logger log = LoggerFactory.getLogger(SecretKeyring.class);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	SecretKeyring(@Value("${expensync.security.secret-key:}") String configured,
			@Value("${expensync.data-dir}") Path dataDir) {
		this.key = new SecretKeySpec(configured.isBlank() ? fromFile(dataDir.resolve("secret.key"), random)
				: decodeKey(configured, "expensync.security.secret-key"), "AES");
	}

	/**
	 * A keyed hash (HMAC-SHA256, hex) of a value, under a key of its own derived from
	 * this installation's key for {@code purpose}: whoever has the database but not the
	 * key cannot test guesses against it.
	 */
	public String keyedHash(String purpose, String value) {
		try {
			Mac derive = Mac.getInstance("HmacSHA256");
			derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
			byte[] purposeKey = derive.doFinal(("expensync:" + purpose).getBytes(StandardCharsets.UTF_8));
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** Base64 of the nonce followed by the ciphertext and its tag. */
	String encrypt(byte[] plain, String owner) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain);
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM failed", ex);
		}
	}

	/**
	 * @throws IllegalStateException when the value was not sealed with this key for this
	 * owner
	 */
	byte[] decrypt(String sealed, String owner) {
		byte[] bytes = Base64.getDecoder().decode(sealed);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A stored secret does not open with this installation's key "
					+ "(expensync.security.secret-key or secret.key in the data directory)", ex);
		}
	}

	private static byte[] fromFile(Path file, SecureRandom random) {
		try {
			if (!Files.exists(file)) {
				create(file, random);
			}
			return decodeKey(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the secret key " + file, ex);
		}
	}

	/**
	 * Writes the key to a file of its own and then links it into place, which fails when
	 * the file is there already: nodes sharing the data directory and starting together
	 * all end up with the first one's key, and none reads a key file half written.
	 */
	private static void create(Path file, SecureRandom random) throws IOException {
		byte[] key = new byte[32];
		random.nextBytes(key);
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path written = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
				? Files.createTempFile(folder, "secret", ".part",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(folder, "secret", ".part");
		try {
			Files.writeString(written, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			try {
				Files.createLink(file, written);
			}
			catch (UnsupportedOperationException noLinksHere) {
				Files.move(written, file);
			}
		}
		catch (FileAlreadyExistsException anotherNodeWasFirst) {
			return;
		}
		finally {
			Files.deleteIfExists(written);
		}
		log.info("Made a new secret key for two-factor secrets in {}: keep it safe and apart from database backups",
				file.toAbsolutePath());
	}

	private static byte[] decodeKey(String base64, String where) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(where + " is not Base64", ex);
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(
					where + " must be 32 random bytes in Base64 (e.g. `openssl rand -base64 32`), not " + bytes.length);
		}
		return bytes;
	}

}
