package io.expensync.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.expensync.accounts.AccountView;
import io.expensync.imports.formats.BadFileException;
import io.expensync.imports.formats.Statement;
import io.expensync.imports.formats.StatementFiles;
import io.expensync.imports.formats.StatementRow;
import io.expensync.money.Money;
import io.expensync.web.InvalidFieldException;

import org.jspecify.annotations.Nullable;

/**
 * A statement's rows as the account takes them, and what was left out of them.
 *
 * @param rows the rows to preview and book, in the file's order
 * @param warnings the rows left out or changed, each naming its line
 */
record StatementRows(List<StatementRow> rows, List<String> warnings) {

	/**
	 * The rows to book into the account: the file's statements must all be in the
	 * account's currency; of a file with several accounts' statements, those of the one
	 * named as the account (ignoring case and spaces) are taken; amounts are rounded to
	 * the currency's places, rows of no amount left out, texts cut to what a transaction
	 * holds.
	 */
	static StatementRows of(AccountView account, StatementFiles.Read read) {
		String currency = account.currency().getCurrencyCode();
		Set<String> named = read.statements()
			.stream()
			.map(Statement::account)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(TreeSet::new));
		List<Statement> statements = read.statements();
		List<String> warnings = new ArrayList<>();
		if (named.size() > 1) {
			String own = plain(account.name());
			Set<String> matching = named.stream()
				.filter((label) -> plain(label).equals(own))
				.collect(Collectors.toCollection(TreeSet::new));
			if (matching.size() != 1) {
				throw new InvalidFieldException("file",
						"The file holds the statements of " + named.size() + " accounts (" + String.join(", ", named)
								+ "). Import it into an account named as one of"
								+ " them to take that one's rows, or export one account per file.");
			}
			statements = statements.stream().filter((statement) -> matching.contains(statement.account())).toList();
			named.removeAll(matching);
			warnings.add("The file also holds the statements of " + String.join(", ", named)
					+ "; they were left out. Import the file into the account of each to take its rows.");
		}
		int places = Money.fractionDigits(account.currency());
		List<StatementRow> rows = new ArrayList<>();
		for (Statement statement : statements) {
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
		return new StatementRows(rows, warnings);
	}

	/**
	 * An account's name as a file names it: ignoring case and runs of spaces.
	 */
	static String plain(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	private static @Nullable String cutOrNull(@Nullable String text, int length) {
		return (text != null) ? cut(text, length) : null;
	}

}
