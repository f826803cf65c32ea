package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema as Flyway builds it, on the engine that {@code EXPENSYNC_TEST_DB} chooses.
 */
@SpringBootTest
@AutoConfigureMockMvc // unused: shares the context of the tests that use it
class DatabaseIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsOnTheChosenEngine() throws Exception {
		String wanted = System.getenv().getOrDefault("EXPENSYNC_TEST_DB", "h2");
		try (var connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			assertThat(product.toLowerCase(Locale.ROOT)).contains(wanted.equals("postgres") ? "postgresql" : "h2");
			// CI reads this to prove that the PostgreSQL run ran on PostgreSQL
			java.nio.file.Files.writeString(java.nio.file.Path.of("target", "test-database-engine.txt"), product);
		}
	}

	@Test
	void everyAmountAndBalanceColumnIsNumeric() {
		List<Map<String, Object>> columns = jdbc.queryForList("""
				select table_name, column_name, data_type, numeric_precision, numeric_scale
				from information_schema.columns
				where lower(table_schema) = lower(current_schema())
				  and (lower(column_name) like '%amount%' or lower(column_name) like '%balance%')
				""");
		assertThat(columns).extracting(column -> column.get("column_name").toString().toLowerCase(Locale.ROOT))
			.contains("amount", "balance", "opening_balance");
		for (Map<String, Object> column : columns) {
			assertThat(column.get("data_type").toString().toLowerCase(Locale.ROOT)).as(column.toString())
				.isIn("numeric", "decimal");
			assertThat(((Number) column.get("numeric_precision")).intValue()).as(column.toString()).isEqualTo(19);
			assertThat(((Number) column.get("numeric_scale")).intValue()).as(column.toString()).isEqualTo(4);
		}
	}

}
