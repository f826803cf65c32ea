package io.expensync.security.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key for secrets at rest: made once in the data directory for its owner alone, or
 * taken from the setting, the same for nodes sharing the directory; what it seals opens
 * only with it and only for the same owner.
 */
class SecretKeyringTests {

	static final byte[] SECRET = "twenty bytes secret!".getBytes(StandardCharsets.US_ASCII);

	@TempDir
	Path dataDir;

	@Test
	void makesAKeyFileOnFirstStartForItsOwnerOnlyAndKeepsUsingIt() throws Exception {
		String sealed = new SecretKeyring("", dataDir).encrypt(SECRET, "ann");
		Path file = dataDir.resolve("secret.key");
		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(new SecretKeyring("", dataDir).decrypt(sealed, "ann")).as("after a restart").isEqualTo(SECRET);
	}

	@Test
	void nodesStartingTogetherOnOneDataDirectoryShareTheFirstKey() throws Exception {
		ExecutorService nodes = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch together = new CountDownLatch(8);
			List<Callable<SecretKeyring>> starts = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				starts.add(() -> {
					together.countDown();
					together.await();
					return new SecretKeyring("", dataDir);
				});
			}
			List<SecretKeyring> keyrings = new ArrayList<>();
			for (Future<SecretKeyring> started : nodes.invokeAll(starts)) {
				keyrings.add(started.get());
			}
			String sealed = keyrings.get(0).encrypt(SECRET, "ann");
			for (SecretKeyring keyring : keyrings) {
				assertThat(keyring.decrypt(sealed, "ann")).isEqualTo(SECRET);
			}
			try (Stream<Path> files = Files.list(dataDir)) {
				assertThat(files.map(file -> file.getFileName().toString())).containsExactly("secret.key");
			}
		}
		finally {
			nodes.shutdown();
		}
	}

	@Test
	void sealsWithAFreshNonceAndOpensOnlyForTheSameOwnerAndKey() {
		SecretKeyring keyring = new SecretKeyring("", dataDir);
		String sealed = keyring.encrypt(SECRET, "ann");
		assertThat(keyring.encrypt(SECRET, "ann")).isNotEqualTo(sealed);
		assertThat(sealed).doesNotContain(Base64.getEncoder().encodeToString(SECRET));
		assertThatIllegalStateException().isThrownBy(() -> keyring.decrypt(sealed, "bob"));
		String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
		assertThatIllegalStateException().isThrownBy(() -> new SecretKeyring(otherKey, dataDir).decrypt(sealed, "ann"))
			.withMessageContaining("expensync.security.secret-key");
	}

	@Test
	void aConfiguredKeyIsUsedInsteadOfTheFileAndMustBe32Bytes() {
		String key = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
		SecretKeyring keyring = new SecretKeyring(key, dataDir);
		assertThat(keyring.decrypt(keyring.encrypt(SECRET, "ann"), "ann")).isEqualTo(SECRET);
		assertThat(dataDir.resolve("secret.key")).doesNotExist();
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretKeyring(Base64.getEncoder().encodeToString(new byte[16]), dataDir))
			.withMessageContaining("32 random bytes");
	}

}
