package io.expensync.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.imports.ImportStore.Status;
import io.expensync.imports.ImportStore.Stored;
import io.expensync.imports.formats.BadFileException;
import io.expensync.imports.formats.FileFormat;
import io.expensync.imports.formats.ReadLimits;
import io.expensync.imports.formats.Statement;
import io.expensync.imports.formats.StatementFiles;
import io.expensync.imports.formats.StatementRow;
import io.expensync.imports.formats.csv.CsvMapping;
import io.expensync.money.Money;
import io.expensync.transactions.BulkBooking;
import io.expensync.transactions.LearnedCategories;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.RefusedException;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports bank statements: a file is uploaded and read into a preview (nothing booked),
 * the user may read it with another column mapping and include or leave out rows, and
 * committing books the included rows in one database transaction with one balance update.
 * A committed import can be undone; a preview can be dropped.
 */
@Service
public class ImportService {

	/** The largest statement file read. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private final AccountService accounts;

	private final CategoryService categories;

	private final LearnedCategories learned;

	private final BulkBooking bookings;

	private final ImportStore store;

	private final JsonMapper json;

	private final Clock clock;

	ImportService(AccountService accounts, CategoryService categories, LearnedCategories learned, BulkBooking bookings,
			ImportStore store, JsonMapper json, Clock clock) {
		this.accounts = accounts;
		this.categories = categories;
		this.learned = learned;
		this.bookings = bookings;
		this.store = store;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Reads an uploaded statement into a preview of the account; nothing is booked. A CSV
	 * file is read by the mapping given, else by the one remembered for the account (if
	 * it fits the file), else by one proposed from its columns.
	 * @throws io.expensync.web.InvalidInputException when the file cannot be read (naming
	 * the line), is too big, or is in another currency than the account
	 */
	@Transactional
	public ImportPreview upload(UUID userId, UUID accountId, String fileName, byte[] content,
			@Nullable CsvMapping mapping) {
		AccountView account = accounts.get(userId, accountId);
		if (content.length == 0) {
			throw new InvalidFieldException("file", "Choose a statement file: this one is empty.");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidFieldException("file",
					"The file is larger than 10 MB. Export a shorter period, a year at a time, say.");
		}
		StatementFiles.Read read = read(content, (mapping != null) ? mapping : remembered(userId, accountId, content));
		Rows rows = rows(account, read);
		Stored stored = new Stored(UUID.randomUUID(), accountId, name(fileName), read.format(), read.encoding().name(),
				mappingJson(read.mapping()), content, Status.PREVIEW, rows.rows().size(), null, null, clock.instant());
		store.insert(userId, stored);
		return preview(userId, stored, account, read, rows);
	}

	/** The import as it stands: a preview, or what was booked. */
	@Transactional(readOnly = true)
	public ImportPreview get(UUID userId, UUID importId) {
		Stored stored = find(userId, importId);
		AccountView account = accounts.get(userId, stored.accountId());
		if (stored.status() == Status.COMMITTED) {
			return new ImportPreview(stored.id(), stored.accountId(), stored.fileName(), stored.format(),
					stored.encoding(), mapping(stored.mapping()), true, List.of(), List.of(), stored.createdAt());
		}
		StatementFiles.Read read = read(content(stored), mapping(stored.mapping()));
		return preview(userId, stored, account, read, rows(account, read));
	}

	/** The user's latest imports, newest first, without their rows. */
	@Transactional(readOnly = true)
	public List<ImportSummary> latest(UUID userId) {
		Map<UUID, String> names = accounts.names(userId);
		return store.latest(userId, 50)
			.stream()
			.map((stored) -> new ImportSummary(stored.id(), stored.accountId(),
					names.getOrDefault(stored.accountId(), ""), stored.fileName(), stored.format(),
					stored.status() == Status.COMMITTED, stored.rowCount(), stored.imported(), stored.skipped(),
					stored.createdAt()))
			.toList();
	}

	/**
	 * Reads a CSV preview again with a corrected mapping; the row choices made so far are
	 * dropped with the old rows.
	 * @throws io.expensync.web.InvalidInputException when the file cannot be read that
	 * way
	 */
	@Transactional
	public ImportPreview remap(UUID userId, UUID importId, CsvMapping mapping) {
		Stored stored = preview(userId, importId);
		if (stored.format() != FileFormat.CSV) {
			throw new RefusedException("Only a CSV file has columns to map; this one is " + stored.format() + ".");
		}
		AccountView account = accounts.get(userId, stored.accountId());
		StatementFiles.Read read = read(content(stored), mapping);
		Rows rows = rows(account, read);
		store.remap(userId, importId, Objects.requireNonNull(mappingJson(mapping)), rows.rows().size());
		return preview(userId, find(userId, importId), account, read, rows);
	}

	/**
	 * Includes a row in the import or leaves it out (a duplicate is left out unless the
	 * user includes it).
	 */
	@Transactional
	public ImportPreview choose(UUID userId, UUID importId, int position, boolean included) {
		Stored stored = preview(userId, importId);
		if (position < 0 || position >= stored.rowCount()) {
			throw new InvalidFieldException("position", "The preview has no row " + position + ".");
		}
		store.choose(importId, position, included);
		return get(userId, importId);
	}

	/**
	 * Books the included rows, in one database transaction with one balance update, and
	 * remembers a CSV mapping for the account. Duplicates are found again against the
	 * account as it is now.
	 * @throws RefusedException when the import was already committed
	 */
	@Transactional
	public Committed commit(UUID userId, UUID importId) {
		// one import of a user at a time: two overlapping statements committed at once
		// would each miss the other's rows as duplicates
		accounts.lockAll(userId);
		Stored stored = store.lock(userId, importId).orElseThrow(() -> new ImportNotFoundException(importId));
		if (stored.status() != Status.PREVIEW) {
			throw new RefusedException("This import was committed already.");
		}
		AccountView account = accounts.get(userId, stored.accountId());
		StatementFiles.Read read = read(content(stored), mapping(stored.mapping()));
		ImportPreview preview = preview(userId, stored, account, read, rows(account, read));
		List<BulkBooking.Row> booked = new ArrayList<>();
		for (ImportPreview.Row row : preview.rows()) {
			if (row.included()) {
				if (row.category() == null) {
					throw new RefusedException("Add an " + ((row.amount().signum() < 0) ? "expense" : "income")
							+ " category first: the statement has rows of that kind.");
				}
				booked.add(new BulkBooking.Row(row.date(), row.amount(), row.description(), row.merchant(),
						row.category(), row.bankId()));
			}
		}
		int imported = bookings.book(userId, account.id(), importId, booked);
		int skipped = preview.rows().size() - imported;
		store.committed(userId, importId, imported, skipped, clock.instant());
		if (read.mapping() != null) {
			store.rememberProfile(userId, account.id(), Objects.requireNonNull(mappingJson(read.mapping())),
					clock.instant());
		}
		return new Committed(imported, skipped);
	}

	/**
	 * Drops a preview, or undoes a committed import: the transactions it booked go and
	 * the balance moves back.
	 * @return how many transactions were removed
	 */
	@Transactional
	public int discard(UUID userId, UUID importId) {
		accounts.lockAll(userId);
		Stored stored = store.lock(userId, importId).orElseThrow(() -> new ImportNotFoundException(importId));
		int removed = (stored.status() == Status.COMMITTED) ? bookings.unbook(userId, importId) : 0;
		store.delete(userId, importId);
		return removed;
	}

	/** What committing did. */
	public record Committed(int imported, int skipped) {
	}

	/** An import in the list of the latest ones. */
	public record ImportSummary(UUID id, UUID accountId, String accountName, String fileName, FileFormat format,
			boolean committed, int rows, @Nullable Integer imported, @Nullable Integer skipped, Instant createdAt) {
	}

	/** The statement's rows for the account, and what was left out of them. */
	private record Rows(List<StatementRow> rows, List<String> warnings) {
	}

	private ImportPreview preview(UUID userId, Stored stored, AccountView account, StatementFiles.Read read,
			Rows rows) {
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

	/**
	 * The rows to book into the account: the file's statements must all be in the
	 * account's currency and name no more than one account; amounts are rounded to the
	 * currency's places, rows of no amount left out, texts cut to what a transaction
	 * holds.
	 */
	private static Rows rows(AccountView account, StatementFiles.Read read) {
		String currency = account.currency().getCurrencyCode();
		Set<String> named = read.statements()
			.stream()
			.map(Statement::account)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(TreeSet::new));
		if (named.size() > 1) {
			throw new InvalidFieldException("file",
					"The file holds the statements of " + named.size() + " accounts (" + String.join(", ", named)
							+ "). Export one account per file and import each into" + " its account here.");
		}
		int places = Money.fractionDigits(account.currency());
		List<StatementRow> rows = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (Statement statement : read.statements()) {
			if (statement.currency() != null && !statement.currency().equalsIgnoreCase(currency)) {
				throw new InvalidFieldException("file",
						"The statement is in " + statement.currency() + " and the account “" + account.name() + "” in "
								+ currency + ". Import it into an account in " + statement.currency() + ".");
			}
			for (StatementRow row : statement.rows()) {
				BigDecimal amount = row.amount().setScale(places, RoundingMode.HALF_EVEN);
				if (amount.signum() == 0) {
					warnings.add("Line " + row.line() + ": left out, it moves no money.");
					continue;
				}
				if (amount.compareTo(row.amount()) != 0) {
					warnings.add("Line " + row.line() + ": " + row.amount().toPlainString() + " rounded to "
							+ amount.toPlainString() + ".");
				}
				if (amount.abs().compareTo(Money.LIMIT) >= 0) {
					throw new BadFileException(row.line(),
							"the amount " + row.amount().toPlainString() + " is larger than an account can hold");
				}
				rows.add(new StatementRow(row.line(), row.date(), amount, cut(row.description(), 255),
						cutOrNull(row.payee(), 120), cutOrNull(row.bankId(), 120), row.category(), row.parts()));
			}
		}
		return new Rows(rows, warnings);
	}

	private StatementFiles.Read read(byte[] content, @Nullable CsvMapping mapping) {
		try {
			return StatementFiles.read(content, mapping, ReadLimits.DEFAULT);
		}
		catch (BadFileException ex) {
			throw new InvalidFieldException("file", ex.getMessage());
		}
	}

	private @Nullable CsvMapping remembered(UUID userId, UUID accountId, byte[] content) {
		CsvMapping profile = store.profile(userId, accountId).map(this::mapping).orElse(null);
		if (profile == null) {
			return null;
		}
		try {
			StatementFiles.read(content, profile, ReadLimits.DEFAULT);
			return profile;
		}
		catch (BadFileException | IllegalArgumentException ex) {
			// another bank's layout: propose a mapping for this file instead
			return null;
		}
	}

	private Stored preview(UUID userId, UUID importId) {
		Stored stored = find(userId, importId);
		if (stored.status() != Status.PREVIEW) {
			throw new RefusedException("This import was committed already.");
		}
		return stored;
	}

	private Stored find(UUID userId, UUID importId) {
		return store.find(userId, importId).orElseThrow(() -> new ImportNotFoundException(importId));
	}

	private static byte[] content(Stored stored) {
		return Objects.requireNonNull(stored.content(), "a preview keeps its file");
	}

	private @Nullable String mappingJson(@Nullable CsvMapping mapping) {
		return (mapping != null) ? json.writeValueAsString(mapping) : null;
	}

	private @Nullable CsvMapping mapping(@Nullable String stored) {
		return (stored != null) ? json.readValue(stored, CsvMapping.class) : null;
	}

	private static String name(String fileName) {
		String name = fileName.replaceAll("[\\p{Cntrl}]", "").strip();
		return name.isEmpty() ? "statement" : cut(name, 255);
	}

	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	private static @Nullable String cutOrNull(@Nullable String text, int length) {
		return (text != null) ? cut(text, length) : null;
	}

}
