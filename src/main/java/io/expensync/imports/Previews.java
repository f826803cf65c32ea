package io.expensync.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.imports.ImportStore.Status;
import io.expensync.imports.ImportStore.Stored;
import io.expensync.imports.formats.StatementFiles;
import io.expensync.imports.formats.StatementRow;
import io.expensync.transactions.BulkBooking;
import io.expensync.transactions.LearnedCategories;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Builds an import's preview: each row with the category it would get, whether the
 * account already holds it, and whether the user included it.
 */
@Component
class Previews {

	private final CategoryService categories;

	private final LearnedCategories learned;

	private final BulkBooking bookings;

	private final ImportStore store;

	Previews(CategoryService categories, LearnedCategories learned, BulkBooking bookings, ImportStore store) {
		this.categories = categories;
		this.learned = learned;
		this.bookings = bookings;
		this.store = store;
	}

	/** The preview of the rows as they stand: categories picked, duplicates found now. */
	ImportPreview of(UUID userId, Stored stored, AccountView account, StatementFiles.Read read, StatementRows rows) {
		RowCategories picker = new RowCategories(categories.active(userId), learned.of(userId));
		List<@Nullable UUID> duplicates = duplicates(userId, account, rows.rows());
		Map<Integer, Boolean> choices = store.choices(stored.id());
		List<ImportPreview.Row> previewed = new ArrayList<>(rows.rows().size());
		for (int i = 0; i < rows.rows().size(); i++) {
			StatementRow row = rows.rows().get(i);
			boolean duplicate = duplicates.get(i) != null;
			previewed.add(new ImportPreview.Row(i, row.line(), row.date(), row.amount(), row.description(), row.payee(),
					row.bankId(), picker.pick(row), duplicate, choices.getOrDefault(i, !duplicate)));
		}
		List<String> warnings = new ArrayList<>(read.warnings());
		warnings.addAll(rows.warnings());
		return new ImportPreview(stored.id(), account.id(), stored.fileName(), stored.format(), stored.encoding(),
				read.mapping(), stored.status() == Status.COMMITTED, previewed, warnings, stored.createdAt());
	}

	private List<@Nullable UUID> duplicates(UUID userId, AccountView account, List<StatementRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		LocalDate from = rows.stream().map(StatementRow::date).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate to = rows.stream().map(StatementRow::date).max(Comparator.naturalOrder()).orElseThrow();
		return Duplicates.find(rows, bookings.bookedBetween(userId, account.id(), from.minusDays(Duplicates.DAYS),
				to.plusDays(Duplicates.DAYS)));
	}

}
