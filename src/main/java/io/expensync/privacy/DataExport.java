package io.expensync.privacy;

import java.io.OutputStream;
import java.time.Clock;

import io.expensync.transactions.TransactionSearch;
import io.expensync.transactions.TransactionView;
import io.expensync.users.CurrentUser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Writes everything ExpenSync keeps about the signed-in user as one JSON document, as it
 * goes: the transactions are read and written a page at a time, so a ledger of any size
 * needs only one page in memory. Every read names the user.
 */
@Service
public class DataExport {

	/** Names this file layout; a changed layout gets a new number. */
	public static final String FORMAT = "expensync-export/1";

	static final int PAGE = 500;

	private final PersonalRecords personal;

	private final FinanceRecords finance;

	private final TransactionSearch transactions;

	private final JsonMapper json;

	private final Clock clock;

	DataExport(PersonalRecords personal, FinanceRecords finance, TransactionSearch transactions, JsonMapper json,
			Clock clock) {
		this.personal = personal;
		this.finance = finance;
		this.transactions = transactions;
		// the caller owns the stream: a ZIP goes on after this document
		this.json = json.rebuild().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
		this.clock = clock;
	}

	/** The export's file name, dated in the user's timezone, without extension. */
	public String fileName(CurrentUser user) {
		return "expensync-export-" + user.today(clock);
	}

	/** Writes the document to {@code out}, which stays open. */
	public void write(CurrentUser user, OutputStream out) {
		try (JsonGenerator generator = json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("format", FORMAT);
			generator.writePOJOProperty("exportedAt", clock.instant());
			personal.writeProfile(user, generator);
			finance.write(user, generator);
			personal.writeTheRest(user, generator);
			writeTransactions(user, generator);
			generator.writeEndObject();
		}
	}

	private void writeTransactions(CurrentUser user, JsonGenerator generator) {
		generator.writeArrayPropertyStart("transactions");
		@Nullable TransactionView last = null;
		boolean more = true;
		while (more) {
			var page = transactions.everyAfter(user.id(), last, PAGE);
			page.forEach(transaction -> generator.writePOJO(Exported.Transaction.of(transaction)));
			generator.flush();
			more = page.size() == PAGE;
			last = page.isEmpty() ? last : page.get(page.size() - 1);
		}
		generator.writeEndArray();
	}

}
