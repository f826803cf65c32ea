package io.expensync.imports.formats;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The first pass over a QIF file: its lines cut into sections (one per {@code !} header)
 * and records (each ending with a {@code ^} line), without reading any value yet, so that
 * the date and number conventions can be decided from the whole file first.
 * <p>
 * Only account sections are kept. Lists (categories, classes, securities, memorized
 * transactions, prices, tags) are skipped; investment sections are skipped with a
 * warning. An {@code !Account} block names the section that directly follows it; under
 * {@code !Option:AutoSwitch} the block is a list of accounts, which
 * {@code !Clear:AutoSwitch} ends before the next block names a section, so that rule
 * covers both.
 */
final class QifSections {

	private static final Set<String> ACCOUNT_TYPES = Set.of("bank", "cash", "ccard", "oth a", "oth l");

	// Port is Quicken's portfolio account, an investment account as Invst is.
	private static final Set<String> INVESTMENT_TYPES = Set.of("invst", "port");

	private static final Set<String> LISTS = Set.of("cat", "class", "memorized", "security", "prices", "tag");

	private enum Mode {

		BEFORE_HEADER, ACCOUNT_BLOCK, TRANSACTIONS, SKIPPED

	}

	private final ReadLimits limits;

	private final List<String> warnings;

	private final List<QifSection> sections = new ArrayList<>();

	private final List<QifSection> investments = new ArrayList<>();

	private Mode mode = Mode.BEFORE_HEADER;

	private @Nullable String namedAccount;

	private final List<QifRecord.Field> fields = new ArrayList<>();

	private int rows;

	private QifSections(ReadLimits limits, List<String> warnings) {
		this.limits = limits;
		this.warnings = warnings;
	}

	/**
	 * @param text the whole file, decoded; CR, LF and CRLF all end a line
	 * @param limits the longest line and the most rows allowed
	 * @param warnings where to add what was skipped, each naming its line
	 */
	static QifSections scan(String text, ReadLimits limits, List<String> warnings) {
		QifSections file = new QifSections(limits, warnings);
		Iterator<String> lines = text.lines().iterator();
		int number = 0;
		while (lines.hasNext()) {
			String line = lines.next();
			number++;
			limits.checkLine(line.length(), number);
			file.read((number == 1 && line.startsWith("\uFEFF")) ? line.substring(1) : line, number);
		}
		if (file.mode == Mode.BEFORE_HEADER) {
			throw new BadFileException(0,
					"the file has no QIF header such as !Type:Bank or !Account, so it is not a QIF file");
		}
		file.endRecord(false);
		return file;
	}

	/** The account sections, in the file's order, each with its records. */
	List<QifSection> accounts() {
		return this.sections;
	}

	/** The investment sections, which were skipped (their records are not kept). */
	List<QifSection> investments() {
		return this.investments;
	}

	private void read(String line, int number) {
		if (line.startsWith("!")) {
			endRecord(false);
			header(line.substring(1).strip(), number);
		}
		else if (this.mode == Mode.BEFORE_HEADER) {
			// Not QIF, but some programs (quiffen's test files among them) put # comments
			// first.
			if (!line.isBlank() && !line.startsWith("#")) {
				throw new BadFileException(number,
						"a QIF file starts with a header such as !Type:Bank or !Account, but this line comes before any");
			}
		}
		else if (this.mode == Mode.ACCOUNT_BLOCK) {
			if (line.startsWith("N") && !line.substring(1).isBlank()) {
				this.namedAccount = line.substring(1).strip();
			}
		}
		else if (this.mode == Mode.TRANSACTIONS) {
			transactionLine(line, number);
		}
	}

	private void transactionLine(String line, int number) {
		if (line.startsWith("^")) {
			endRecord(true);
		}
		else if (!line.isBlank()) {
			this.fields.add(new QifRecord.Field(line.charAt(0), line.substring(1).strip(), number));
		}
	}

	private void header(String header, int number) {
		String account = this.namedAccount;
		this.namedAccount = null;
		String name = header.toLowerCase(Locale.ROOT);
		if (name.equals("account")) {
			this.mode = Mode.ACCOUNT_BLOCK;
		}
		else if (name.equals("option:autoswitch") || name.equals("clear:autoswitch")) {
			this.mode = Mode.SKIPPED;
		}
		else if (name.startsWith("type:")) {
			typeHeader(header.substring(5).strip(), account, number);
		}
		else {
			this.mode = Mode.SKIPPED;
			this.warnings.add("Line " + number + ": the header !" + header
					+ " is not one ExpenSync knows; the lines up to the next header were skipped");
		}
	}

	private void typeHeader(String type, @Nullable String account, int number) {
		String name = type.toLowerCase(Locale.ROOT);
		if (LISTS.contains(name)) {
			this.mode = Mode.SKIPPED;
		}
		else if (INVESTMENT_TYPES.contains(name)) {
			this.mode = Mode.SKIPPED;
			this.investments.add(new QifSection(type, number, account, new ArrayList<>()));
			this.warnings.add("Line " + number + ": the investment account" + named(account) + " (!Type:" + type
					+ ") was skipped; ExpenSync imports bank, cash, credit-card, asset and liability accounts");
		}
		else {
			if (!ACCOUNT_TYPES.contains(name)) {
				this.warnings.add("Line " + number + ": the account type !Type:" + type
						+ " is not one ExpenSync knows; its records were read as a bank account's");
			}
			this.mode = Mode.TRANSACTIONS;
			this.sections.add(new QifSection(type, number, account, new ArrayList<>()));
		}
	}

	private void endRecord(boolean terminated) {
		// A lone ^ (quiffen's account list starts with one) is no record.
		if (this.fields.isEmpty()) {
			return;
		}
		QifRecord record = new QifRecord(this.fields.get(0).line(), this.fields, terminated);
		this.fields.clear();
		this.rows++;
		this.limits.checkRows(this.rows, record.line());
		this.sections.get(this.sections.size() - 1).records().add(record);
	}

	private static String named(@Nullable String account) {
		return (account != null) ? " \"" + account + "\"" : "";
	}

}
