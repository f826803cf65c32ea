package io.expensync.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every application table as a row count and a checksum of its contents, to show that
 * requests which must change nothing changed nothing. Left out are the tables that any
 * request may write, refused or not: sessions, the audit log, rate limit buckets, the
 * event publication registry and the bookkeeping of Flyway and JobRunr.
 *
 * @param tables for each table, its row count and checksum
 */
record DataSnapshot(Map<String, String> tables) {

	static final Set<String> WRITTEN_BY_ANY_REQUEST = Set.of("spring_session", "spring_session_attributes",
			"audit_events", "rate_limit_buckets", "event_publication", "flyway_schema_history", "jobrunr_metadata",
			"jobrunr_backgroundjobservers", "jobrunr_migrations");

	static DataSnapshot of(JdbcTemplate jdbc) {
		List<String> names = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
			DatabaseMetaData metaData = connection.getMetaData();
			List<String> found = new ArrayList<>();
			try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { "TABLE" })) {
				while (tables.next()) {
					found.add(tables.getString("TABLE_NAME"));
				}
			}
			return found;
		});
		Map<String, String> tables = new TreeMap<>();
		for (String name : names) {
			if (!WRITTEN_BY_ANY_REQUEST.contains(name.toLowerCase(Locale.ROOT))) {
				tables.put(name.toLowerCase(Locale.ROOT), fingerprint(jdbc, name));
			}
		}
		if (tables.size() < 20) {
			throw new IllegalStateException("Only these tables were found: " + tables.keySet());
		}
		return new DataSnapshot(tables);
	}

	/** What changed since {@code before}, one line per table; empty when nothing did. */
	List<String> changesSince(DataSnapshot before) {
		List<String> changes = new ArrayList<>();
		tables.forEach((table, now) -> {
			String then = before.tables.get(table);
			if (!now.equals(then)) {
				changes.add("%s: %s, was %s".formatted(table, now, then));
			}
		});
		return changes;
	}

	private static String fingerprint(JdbcTemplate jdbc, String table) {
		List<String> rows = jdbc.query("select * from \"" + table + "\"", (row, number) -> {
			ResultSetMetaData columns = row.getMetaData();
			StringBuilder line = new StringBuilder();
			for (int column = 1; column <= columns.getColumnCount(); column++) {
				Object value = row.getObject(column);
				line.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value))
					.append('\u001f');
			}
			return line.toString();
		});
		// the order rows come back in is not part of the data
		String[] sorted = rows.toArray(String[]::new);
		Arrays.sort(sorted);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String row : sorted) {
				sha.update(row.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) '\n');
			}
			return "%d rows, %s".formatted(sorted.length, HexFormat.of().formatHex(sha.digest(), 0, 8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
