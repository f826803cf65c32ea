package io.expensync.receipts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.expensync.receipts.ReceiptView.Status;
import io.expensync.receipts.scanning.ReceiptFormat;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The receipts table. Every statement names the user, except the cleanup's. */
@Repository
class StoredReceipts {

	/** A receipt row as stored, with the user it belongs to. */
	record Row(UUID userId, ReceiptView view) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	StoredReceipts(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(UUID userId, UUID id, String fileName, ReceiptFormat format, long size, String sha256, Status status,
			Instant now) {
		jdbc.sql("""
				insert into receipts (id, user_id, content_type, size_bytes, sha256, file_name, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, userId, format.mediaType(), size, sha256, fileName, status.name(), Timestamp.from(now))
			.update();
	}

	Optional<ReceiptView> find(UUID userId, UUID id) {
		return jdbc.sql("select * from receipts where id = ? and user_id = ?")
			.params(id, userId)
			.query((rs, n) -> view(rs))
			.optional();
	}

	Optional<ReceiptView> findKeptBy(UUID userId, UUID transactionId) {
		return jdbc.sql("select * from receipts where transaction_id = ? and user_id = ?")
			.params(transactionId, userId)
			.query((rs, n) -> view(rs))
			.optional();
	}

	void scanned(UUID id, ScannedFields fields, Instant now) {
		jdbc.sql("update receipts set status = ?, scan = ?, failure = null, scanned_at = ? where id = ?")
			.params(Status.SCANNED.name(), json.writeValueAsString(fields), Timestamp.from(now), id)
			.update();
	}

	void failed(UUID id, String message, Instant now) {
		jdbc.sql("update receipts set status = ?, failure = ?, scanned_at = ? where id = ? and status = ?")
			.params(Status.FAILED.name(), message.length() > 500 ? message.substring(0, 500) : message,
					Timestamp.from(now), id, Status.SCANNING.name())
			.update();
	}

	/**
	 * Lets go of the receipt the transaction kept, if any, and keeps this one with it.
	 * @return whether the receipt is the user's and was free (or already kept by this
	 * transaction)
	 */
	boolean keep(UUID userId, UUID id, UUID transactionId) {
		jdbc.sql("update receipts set transaction_id = null where transaction_id = ? and user_id = ? and id <> ?")
			.params(transactionId, userId, id)
			.update();
		return jdbc.sql("""
				update receipts set transaction_id = ?
				where id = ? and user_id = ? and (transaction_id is null or transaction_id = ?)""")
			.params(transactionId, id, userId, transactionId)
			.update() == 1;
	}

	/** Receipts no transaction keeps, uploaded before the given time, oldest first. */
	List<Row> unkeptBefore(Instant before, int limit) {
		return jdbc
			.sql("select * from receipts where transaction_id is null and created_at < ? order by created_at limit ?")
			.params(Timestamp.from(before), limit)
			.query((rs, n) -> new Row(rs.getObject("user_id", UUID.class), view(rs)))
			.list();
	}

	/** Every receipt of the user, oldest first, with the SHA-256 of its file. */
	List<ReceiptUploads.DigestedReceipt> allOf(UUID userId) {
		return jdbc.sql("select * from receipts where user_id = ? order by created_at, id")
			.params(userId)
			.query((rs, n) -> new ReceiptUploads.DigestedReceipt(view(rs), rs.getString("sha256")))
			.list();
	}

	void delete(UUID userId, UUID id) {
		jdbc.sql("delete from receipts where id = ? and user_id = ?").params(id, userId).update();
	}

	private ReceiptView view(ResultSet rs) throws SQLException {
		String scan = rs.getString("scan");
		String transaction = rs.getString("transaction_id");
		return new ReceiptView(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), Status.valueOf(rs.getString("status")),
				(scan == null) ? null : json.readValue(scan, ScannedFields.class), rs.getString("failure"),
				(transaction == null) ? null : rs.getObject("transaction_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), 0);
	}

}
