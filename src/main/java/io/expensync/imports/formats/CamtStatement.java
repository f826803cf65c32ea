package io.expensync.imports.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One CAMT report, statement or notification while it is read: its account, its balances
 * and the rows read so far.
 */
final class CamtStatement {

	private @Nullable Element account;

	private final List<Element> balances = new ArrayList<>();

	private final List<StatementRow> rows = new ArrayList<>();

	private @Nullable String firstEntryCurrency;

	void add(Element part) {
		if (part.name().equals("Acct")) {
			this.account = part;
		}
		else {
			this.balances.add(part);
		}
	}

	void add(StatementRow row) {
		this.rows.add(row);
	}

	/** Notes the first entry's currency, the statement's when the account names none. */
	void sawEntry(Element entry) {
		if (this.firstEntryCurrency == null) {
			Element amount = entry.child("Amt");
			this.firstEntryCurrency = (amount != null) ? amount.attribute("Ccy") : null;
		}
	}

	/** {@code Acct/Ccy}, else the currency of the first entry's amount. */
	@Nullable String currency() {
		String stated = (this.account != null) ? this.account.text("Ccy") : null;
		return (stated != null) ? stated : this.firstEntryCurrency;
	}

	Statement toStatement() {
		return new Statement(accountId(), currency(), this.rows, closingBalance());
	}

	/** {@code Acct/Id/IBAN}, else {@code Acct/Id/Othr/Id}. */
	private @Nullable String accountId() {
		if (this.account == null) {
			return null;
		}
		String iban = this.account.text("Id", "IBAN");
		return (iban != null) ? iban : this.account.text("Id", "Othr", "Id");
	}

	/**
	 * The closing booked balance ({@code CLBD}), signed by its indicator. A balance in
	 * another currency than the statement's cannot be this account's balance, so it is
	 * left out rather than shown in the wrong currency.
	 */
	private @Nullable BigDecimal closingBalance() {
		BigDecimal closing = null;
		for (Element balance : this.balances) {
			Element amount = balance.child("Amt");
			if ("CLBD".equals(balance.text("Tp", "CdOrPrtry", "Cd")) && amount != null) {
				String currency = amount.attribute("Ccy");
				closing = (currency == null || currency.equals(currency())) ? CamtEntry.signed(balance, amount) : null;
			}
		}
		return closing;
	}

}
