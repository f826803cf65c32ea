package io.expensync.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.Api;
import io.expensync.BalanceFromRows;
import io.expensync.TestUsers;
import io.expensync.accounts.AccountNotFoundException;
import io.expensync.transactions.BulkBooking.Booked;
import io.expensync.transactions.BulkBooking.Row;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A statement's rows booked at once (with {@code COPY} on PostgreSQL), found again, and
 * taken back: the balance and the row counts move with them, and with nothing else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BulkBookingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	BulkBooking bookings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate inTransaction;

	Api api;

	CurrentUser ann;

	String giro;

	UUID importId;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "100.00");
		api.transaction(ann, giro, "EXPENSE", "5.00", "food");
		importId = UUID.randomUUID();
		jdbc.update(
				"""
						insert into imports (id, user_id, account_id, file_name, format, encoding, status, row_count, created_at)
						values (?, ?, ?, 'statement.csv', 'CSV', 'UTF-8', 'PREVIEW', 3, ?)""",
				importId, ann.id(), UUID.fromString(giro), Timestamp.from(Instant.now()));
	}

	@Test
	void rowsAreBookedWithTheirSignTheBalanceMovesOnceAndUndoingPutsItBack() {
		List<Row> rows = List.of(
				new Row(LocalDate.of(2026, 3, 1), new BigDecimal("-12.50"), "Coffee \"Corner\", Berlin", "Corner",
						"food", "FIT-1"),
				new Row(LocalDate.of(2026, 3, 2), new BigDecimal("1500.00"), "Salary March", null, "salary", null),
				new Row(LocalDate.of(2026, 3, 3), new BigDecimal("-0.01"), "Fee", null, "bills", "FIT-3"));
		int booked = inTransaction.execute((status) -> bookings.book(ann.id(), UUID.fromString(giro), importId, rows));

		assertThat(booked).isEqualTo(3);
		assertThat(api.balance(ann, giro)).isEqualTo("1582.49");
		BalanceFromRows.assertMatches(jdbc, giro, 0);
		assertThat(
				jdbc.queryForObject("select booked_rows from accounts where id = ?", Long.class, UUID.fromString(giro)))
			.isEqualTo(4);
		List<Booked> found = bookings.bookedBetween(ann.id(), UUID.fromString(giro), LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 2));
		assertThat(found)
			.extracting(Booked::date, (b) -> b.amount().toPlainString(), Booked::description, Booked::merchant,
					Booked::bankId)
			.containsExactlyInAnyOrder(
					tuple(LocalDate.of(2026, 3, 1), "-12.5000", "Coffee \"Corner\", Berlin", "Corner", "FIT-1"),
					tuple(LocalDate.of(2026, 3, 2), "1500.0000", "Salary March", null, null));

		int removed = inTransaction.execute((status) -> bookings.unbook(ann.id(), importId));
		assertThat(removed).isEqualTo(3);
		assertThat(api.balance(ann, giro)).isEqualTo("95.00");
		BalanceFromRows.assertMatches(jdbc, giro, 0);
		assertThat(
				jdbc.queryForObject("select booked_rows from accounts where id = ?", Long.class, UUID.fromString(giro)))
			.isEqualTo(1);
	}

	@Test
	void anotherUsersAccountIsRefusedAndNothingIsWritten() {
		CurrentUser bob = users.signUp("Bob");
		List<Row> rows = List.of(new Row(LocalDate.of(2026, 3, 1), new BigDecimal("-1.00"), "x", null, "food", null));
		assertThatThrownBy(
				() -> inTransaction.execute((status) -> bookings.book(bob.id(), UUID.fromString(giro), importId, rows)))
			.isInstanceOf(AccountNotFoundException.class);
		assertThat(api.balance(ann, giro)).isEqualTo("95.00");
		Integer removed = inTransaction.execute((status) -> bookings.unbook(bob.id(), importId));
		assertThat(removed).isZero();
		assertThat(bookings.bookedBetween(bob.id(), UUID.fromString(giro), LocalDate.of(1900, 1, 1),
				LocalDate.of(2100, 1, 1)))
			.isEmpty();
	}

}
