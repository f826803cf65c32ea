package io.expensync.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.expensync.imports.formats.FileFormat;
import io.expensync.imports.formats.csv.CsvMapping;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The imports, their row choices and the CSV profiles per account. Every statement names
 * the user.
 */
@Repository
class ImportStore {

	enum Status {

		/** Uploaded and read, nothing booked yet. */
		PREVIEW,

		/** Booked; can be undone. */
		COMMITTED

	}

	/** An import as stored, with the file while it is a preview. */
	record Stored(UUID id, UUID accountId, String fileName, FileFormat format, String encoding,
			@Nullable CsvMapping mapping, byte @Nullable [] content, Status status, int rowCount,
			@Nullable Integer imported, @Nullable Integer skipped, Instant createdAt) {
	}

	private static final String WITHOUT_CONTENT = """
			select id, account_id, file_name, format, encoding, mapping, null as content, status, row_count,
			       imported, skipped, created_at
			from imports""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ImportStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(UUID userId, Stored stored) {
		jdbc.sql("""
				insert into imports (id, user_id, account_id, file_name, format, encoding, mapping, content, status,
				                     row_count, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(stored.id(), userId, stored.accountId(), stored.fileName(), stored.format().name(),
					stored.encoding(), json(stored.mapping()), stored.content(), stored.status().name(),
					stored.rowCount(), Timestamp.from(stored.createdAt()))
			.update();
	}

	Optional<Stored> find(UUID userId, UUID id) {
		return jdbc.sql("select * from imports where id = ? and user_id = ?")
			.params(id, userId)
			.query(this::stored)
			.optional();
	}

	/** The import, its row locked until the caller's transaction ends. */
	Optional<Stored> lock(UUID userId, UUID id) {
		return jdbc.sql("select * from imports where id = ? and user_id = ? for update")
			.params(id, userId)
			.query(this::stored)
			.optional();
	}

	/** The import without its file. */
	Optional<Stored> describe(UUID userId, UUID id) {
		return jdbc.sql(WITHOUT_CONTENT + " where id = ? and user_id = ?")
			.params(id, userId)
			.query(this::stored)
			.optional();
	}

	/**
	 * The import without its file, locked as {@link #lock} does; or nothing, without
	 * waiting, when another transaction holds its lock (a commit or an undo under way, on
	 * any node) or it is not the user's.
	 */
	Optional<Stored> lockUnlessLocked(UUID userId, UUID id) {
		return jdbc.sql(WITHOUT_CONTENT + " where id = ? and user_id = ? for update skip locked")
			.params(id, userId)
			.query(this::stored)
			.optional();
	}

	List<Stored> latest(UUID userId, int limit) {
		return jdbc.sql("""
				select id, account_id, file_name, format, encoding, mapping, null as content, status, row_count,
				       imported, skipped, created_at
				from imports where user_id = ? order by created_at desc limit ?""")
			.params(userId, limit)
			.query(this::stored)
			.list();
	}

	void remap(UUID userId, UUID id, CsvMapping mapping, int rowCount) {
		jdbc.sql("update imports set mapping = ?, row_count = ? where id = ? and user_id = ?")
			.params(json(mapping), rowCount, id, userId)
			.update();
		jdbc.sql("delete from import_choices where import_id = ?").param(id).update();
	}

	void committed(UUID userId, UUID id, int imported, int skipped, Instant now) {
		jdbc.sql("""
				update imports set status = ?, imported = ?, skipped = ?, committed_at = ?, content = null
				where id = ? and user_id = ?""")
			.params(Status.COMMITTED.name(), imported, skipped, Timestamp.from(now), id, userId)
			.update();
	}

	void delete(UUID userId, UUID id) {
		jdbc.sql("delete from imports where id = ? and user_id = ?").params(id, userId).update();
	}

	/** The rows the user included or left out against the default, by position. */
	Map<Integer, Boolean> choices(UUID id) {
		Map<Integer, Boolean> choices = new HashMap<>();
		jdbc.sql("select position, included from import_choices where import_id = ?").param(id).query((rs) -> {
			choices.put(rs.getInt(1), rs.getBoolean(2));
		});
		return choices;
	}

	void choose(UUID id, int position, boolean included) {
		if (jdbc.sql("update import_choices set included = ? where import_id = ? and position = ?")
			.params(included, id, position)
			.update() == 0) {
			jdbc.sql("insert into import_choices (import_id, position, included) values (?, ?, ?)")
				.params(id, position, included)
				.update();
		}
	}

	Optional<CsvMapping> profile(UUID userId, UUID accountId) {
		return jdbc.sql("select mapping from import_profiles where account_id = ? and user_id = ?")
			.params(accountId, userId)
			.query(String.class)
			.optional()
			.map(this::mapping);
	}

	void rememberProfile(UUID userId, UUID accountId, CsvMapping profile, Instant now) {
		String mapping = json(profile);
		if (jdbc.sql("update import_profiles set mapping = ?, updated_at = ? where account_id = ? and user_id = ?")
			.params(mapping, Timestamp.from(now), accountId, userId)
			.update() == 0) {
			jdbc.sql("insert into import_profiles (account_id, user_id, mapping, updated_at) values (?, ?, ?, ?)")
				.params(accountId, userId, mapping, Timestamp.from(now))
				.update();
		}
	}

	private @Nullable String json(@Nullable CsvMapping mapping) {
		return (mapping != null) ? json.writeValueAsString(mapping) : null;
	}

	private @Nullable CsvMapping mapping(@Nullable String stored) {
		return (stored != null) ? json.readValue(stored, CsvMapping.class) : null;
	}

	private Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getString("file_name"), FileFormat.valueOf(rs.getString("format")), rs.getString("encoding"),
				mapping(rs.getString("mapping")), rs.getBytes("content"), Status.valueOf(rs.getString("status")),
				rs.getInt("row_count"), (Integer) rs.getObject("imported"), (Integer) rs.getObject("skipped"),
				rs.getTimestamp("created_at").toInstant());
	}

}
