package io.expensync.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.expensync.UserRows;
import io.expensync.transactions.LearnedCategories;
import io.expensync.users.UserDeleted;
import io.expensync.users.UserView;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The receipts module on its own: a user deleted loses their receipt files once the
 * deletion has committed; a deletion rolled back keeps them, and so another user's stay.
 * The categories the transactions module learnt, which scans suggest, are a stand-in.
 */
@ApplicationModuleTest(extraIncludes = "web")
class ReceiptsModuleTests {

	@MockitoBean
	LearnedCategories learnedCategories;

	@Autowired
	ReceiptFiles files;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${expensync.data-dir}")
	Path dataDir;

	@Test
	void aCommittedDeletionRemovesThatUsersReceiptFilesAndARolledBackOneKeepsThem(Scenario scenario) {
		UserView ann = new UserRows(jdbc).insert("Ann");
		UserView bob = new UserRows(jdbc).insert("Bob");
		UUID till = stored(ann);
		UUID petrol = stored(ann);
		UUID bobs = stored(bob);

		scenario.stimulate((transactions, events) -> {
			transactions.executeWithoutResult((rolledBack) -> {
				events.publishEvent(new UserDeleted(bob.id(), bob.email()));
				rolledBack.setRollbackOnly();
			});
			transactions
				.executeWithoutResult((committed) -> events.publishEvent(new UserDeleted(ann.id(), ann.email())));
		}).andWaitForStateChange(() -> !Files.exists(folderOf(ann))).andVerify((gone) -> {
			assertThat(files.exists(ann.id(), till)).isFalse();
			assertThat(files.exists(ann.id(), petrol)).isFalse();
			assertThat(files.exists(bob.id(), bobs)).as("rolled back: kept").isTrue();
			assertThat(files.read(bob.id(), bobs)).isEqualTo(content(bob));
		});
	}

	private UUID stored(UserView owner) {
		UUID id = UUID.randomUUID();
		files.write(owner.id(), id, content(owner));
		assertThat(files.exists(owner.id(), id)).isTrue();
		return id;
	}

	private static byte[] content(UserView owner) {
		return ("%PDF-1.4 receipt of " + owner.email()).getBytes();
	}

	private Path folderOf(UserView user) {
		return dataDir.resolve("receipts").resolve(user.id().toString());
	}

}
