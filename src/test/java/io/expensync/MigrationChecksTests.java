package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * H2 binds a CHECK constraint written with {@code IN (…)}, or with equalities joined by
 * OR (which it turns into one), to the connection that made it: once the pool closes that
 * connection, every insert fails with "Check constraint invalid". The migrations write
 * such checks with CASE instead.
 */
class MigrationChecksTests {

	private static final Pattern CHECK = Pattern.compile("(?is)CHECK\\s*\\((.*?)\\)\\s*(?:,|\\)?\\s*;)");

	@Test
	void noCheckConstraintListsValuesWithInOrOr() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path file : files.toList()) {
				Matcher check = CHECK.matcher(Files.readString(file));
				while (check.find()) {
					String condition = check.group(1);
					assertThat(condition).as(file.getFileName() + ": " + condition)
						.doesNotContainPattern("(?i)\\bIN\\s*\\(")
						.doesNotContainPattern("(?i)(\\w+)\\s*=\\s*'[^']*'\\s+OR\\s+\\1\\s*=");
				}
			}
		}
	}

	@Test
	void aCaseCheckStillHoldsAfterTheConnectionThatMadeItIsClosed() throws SQLException {
		String url = "jdbc:h2:mem:migration-checks;DB_CLOSE_DELAY=-1";
		try (Connection keptOpen = DriverManager.getConnection(url)) {
			try (Connection maker = DriverManager.getConnection(url)) {
				maker.createStatement().execute("CREATE TABLE statuses (status VARCHAR(12))");
				maker.createStatement()
					.execute("ALTER TABLE statuses ADD CONSTRAINT ck_status CHECK ((CASE status WHEN 'PENDING' THEN 1 "
							+ "WHEN 'CLEARED' THEN 1 ELSE 0 END) = 1)");
			}
			try (Connection other = DriverManager.getConnection(url)) {
				other.createStatement().execute("INSERT INTO statuses VALUES ('CLEARED')");
				assertThat(List.of("OTHER")).allSatisfy((wrong) -> {
					try {
						other.createStatement().execute("INSERT INTO statuses VALUES ('" + wrong + "')");
						throw new AssertionError("a wrong status was taken");
					}
					catch (SQLException refused) {
						assertThat(refused.getMessage()).startsWith("Check constraint violation");
					}
				});
			}
		}
	}

}
