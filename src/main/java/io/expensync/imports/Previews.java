package io.expensync.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.imports.ImportStore.Status;
import io.expensync.imports.ImportStore.Stored;
import io.expensync.imports.KeptRows.Kept;
import io.expensync.imports.formats.StatementFiles;
import io.expensync.imports.formats.StatementRow;
import io.expensync.rules.RuleBook;
import io.expensync.rules.RuleBook.Outcome;
import io.expensync.rules.RuleService;
import io.expensync.transactions.BulkBooking;
import io.expensync.transactions.LearnedCategories;
import io.expensync.transactions.TransactionType;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Builds an import's preview: each row as the user's rules file it, with the category it
 * would get, whether the account already holds it, and whether the user included it.
 */
@Component
class Previews {

	private final CategoryService categories;

	private static final Outcome NOTHING = new Outcome(null, null, null);

	private final LearnedCategories learned;

	private final RuleService rules;

	private final AccountService accounts;

	private final BulkBooking bookings;

	private final ImportStore store;

	Previews(CategoryService categories, LearnedCategories learned, RuleService rules, AccountService accounts,
			BulkBooking bookings, ImportStore store) {
		this.accounts = accounts;
		this.categories = categories;
		this.learned = learned;
		this.rules = rules;
		this.bookings = bookings;
		this.store = store;
	}

	/**
	 * The statement's rows as the user's rules file them, each with its category: the
	 * rules' first, else the file's, the learnt one or Other.
	 */
	Kept read(UUID userId, UUID accountId, StatementFiles.Read read, StatementRows rows) {
		RuleBook book = rules.rulesFor(userId);
		RowCategories picker = new RowCategories(categories.active(userId), () -> learned.of(userId));
		List<StatementRow> filed = new ArrayList<>(rows.rows().size());
		List<@Nullable String> picked = new ArrayList<>(rows.rows().size());
		for (StatementRow row : rows.rows()) {
			Outcome ruled = book.isEmpty() ? NOTHING
					: book.apply((row.amount().signum() < 0) ? TransactionType.EXPENSE : TransactionType.INCOME,
							row.amount(), accountId, row.description(), row.payee());
			StatementRow kept = ruled.isEmpty() ? row
					: new StatementRow(row.line(), row.date(), row.amount(),
							(ruled.description() != null) ? StatementRows.cut(ruled.description(), 255)
									: row.description(),
							(ruled.merchant() != null) ? StatementRows.cut(ruled.merchant(), 120) : row.payee(),
							row.bankId(), row.category(), row.parts());
			filed.add(kept);
			picked.add((ruled.category() != null) ? ruled.category() : picker.pick(kept));
		}
		List<String> warnings = new ArrayList<>(read.warnings());
		warnings.addAll(rows.warnings());
		return new Kept(read.mapping(), filed, warnings, picked);
	}

	/**
	 * The preview of the rows as they stand: duplicates found now, and a category picked
	 * again for a row whose category the user no longer has.
	 */
	ImportPreview of(UUID userId, Stored stored, AccountView account, Kept read) {
		RowCategories picker = new RowCategories(categories.active(userId), () -> learned.of(userId));
		Map<String, UUID> transferable = transferable(userId, account);
		List<StatementRow> rows = read.rows();
		List<@Nullable UUID> duplicates = duplicates(userId, account, rows);
		Map<Integer, Boolean> choices = store.choices(stored.id());
		List<ImportPreview.Row> previewed = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			StatementRow row = rows.get(i);
			boolean duplicate = duplicates.get(i) != null;
			UUID transfer = transfer(row, transferable);
			previewed.add(new ImportPreview.Row(i, row.line(), row.date(), row.amount(), row.description(), row.payee(),
					row.bankId(), (transfer != null) ? null : picker.still(row, read.categories().get(i)), duplicate,
					choices.getOrDefault(i, !duplicate), transfer));
		}
		return new ImportPreview(stored.id(), account.id(), stored.fileName(), stored.format(), stored.encoding(),
				read.mapping(), stored.status() == Status.COMMITTED, previewed, read.warnings(), stored.createdAt());
	}

	/**
	 * The user's other accounts a row can be a transfer with, by their plain names: those
	 * in the account's currency.
	 */
	private Map<String, UUID> transferable(UUID userId, AccountView account) {
		Map<String, UUID> byName = new HashMap<>();
		for (AccountView other : accounts.list(userId)) {
			if (!other.id().equals(account.id()) && other.currency().equals(account.currency())) {
				byName.putIfAbsent(StatementRows.plain(other.name()), other.id());
			}
		}
		return byName;
	}

	/** The account a QIF {@code [Account]} category names, if it is one of the user's. */
	private static @Nullable UUID transfer(StatementRow row, Map<String, UUID> transferable) {
		String category = row.category();
		if (category == null || category.length() < 3 || !category.startsWith("[") || !category.endsWith("]")) {
			return null;
		}
		return transferable.get(StatementRows.plain(category.substring(1, category.length() - 1)));
	}

	/**
	 * Which rows the account holds now: its transactions from the statement's first day
	 * to its last (and a few days either side) read in one query.
	 */
	private List<@Nullable UUID> duplicates(UUID userId, AccountView account, List<StatementRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		LocalDate from = rows.get(0).date();
		LocalDate to = from;
		for (StatementRow row : rows) {
			from = row.date().isBefore(from) ? row.date() : from;
			to = row.date().isAfter(to) ? row.date() : to;
		}
		return Duplicates.find(rows, bookings.bookedBetween(userId, account.id(), from.minusDays(Duplicates.DAYS),
				to.plusDays(Duplicates.DAYS)));
	}

}
