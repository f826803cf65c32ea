package io.expensync.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.expensync.budgets.BudgetProgress;
import io.expensync.budgets.BudgetService;
import io.expensync.categories.CategoryService;
import io.expensync.categories.CategoryView;
import io.expensync.money.Money;
import io.expensync.reports.MonthlyReportView.BudgetLine;
import io.expensync.reports.MonthlyReportView.CategoryLine;
import io.expensync.reports.MonthlyReportView.Details;
import io.expensync.reports.MonthlyReportView.MerchantLine;
import io.expensync.reports.MonthlyReportView.Summary;
import io.expensync.transactions.TransactionTotals;
import io.expensync.transactions.TransactionTotals.CategoryTotal;
import io.expensync.transactions.TransactionTotals.MonthActivity;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;
import io.expensync.users.UserView;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out a month's report from the user's transactions and budgets, stores it once,
 * and reads the history back.
 */
@Service
public class MonthlyReports {

	static final int MERCHANTS = 5;

	private final MonthlyReportRepository reports;

	private final TransactionTotals totals;

	private final CategoryService categories;

	private final BudgetService budgets;

	private final UserService users;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final InsightPhrasing phrasing;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	MonthlyReports(MonthlyReportRepository reports, TransactionTotals totals, CategoryService categories,
			BudgetService budgets, UserService users, ApplicationEventPublisher events, JsonMapper json, Clock clock,
			InsightPhrasing phrasing, PlatformTransactionManager transactions) {
		this.reports = reports;
		this.totals = totals;
		this.categories = categories;
		this.budgets = budgets;
		this.users = users;
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.phrasing = phrasing;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
	}

	/** A report worked out, with its insights as they may be phrased. */
	private record Draft(MonthlyReportView report, List<Insight> insights) {
	}

	/**
	 * Makes and stores the user's report for {@code month} unless it exists, and in the
	 * same transaction announces it, so that its email (when the month had activity and
	 * the user wants it) is queued with it or not at all. Answers whether it made one.
	 * When phrasing is on, the insights are phrased between working the report out and
	 * storing it, in no transaction: the provider may take seconds, and no database
	 * connection is held while it does.
	 */
	public boolean make(UUID userId, YearMonth month) {
		Draft draft = reading.execute((status) -> reports.existsByUserIdAndMonth(userId, month.toString()) ? null
				: draft(users.currentUser(userId), month));
		if (draft == null) {
			return false;
		}
		Summary summary = phrasing.phrase(month, draft.insights()).orElse(null);
		return Boolean.TRUE.equals(writing.execute((status) -> store(draft.report(), summary)));
	}

	/** Stores the report unless it exists, and announces it for its email. */
	private boolean store(MonthlyReportView computed, @Nullable Summary summary) {
		if (reports.existsByUserIdAndMonth(computed.userId(), computed.month().toString())) {
			return false;
		}
		MonthlyReportView report = new MonthlyReportView(computed.userId(), computed.month(), computed.income(),
				computed.expenses(), computed.transactions(), computed.details(), summary, true, clock.instant());
		boolean email = users.get(report.userId()).monthlyReportEmail() && report.hasActivity();
		reports.saveAndFlush(new MonthlyReport(report.userId(), report.month(), report.income().currency(),
				report.income().amount(), report.expenses().amount(), (int) report.transactions(),
				json.writeValueAsString(report.details()), summary, email, report.createdAt()));
		if (email) {
			events.publishEvent(new MonthlyReportReady(report));
		}
		return true;
	}

	/**
	 * The month whose report is due for the user today: last month, once the user's month
	 * has turned and if they had signed up by its end.
	 */
	public Optional<YearMonth> due(UserView user) {
		LocalDate today = LocalDate.now(clock.withZone(user.profile().zone()));
		YearMonth last = YearMonth.from(today).minusMonths(1);
		LocalDate signedUp = LocalDate.ofInstant(user.createdAt(), user.profile().zone());
		return signedUp.isAfter(last.atEndOfMonth()) ? Optional.empty() : Optional.of(last);
	}

	public boolean exists(UUID userId, YearMonth month) {
		return reports.existsByUserIdAndMonth(userId, month.toString());
	}

	/** The stored reports, newest first. */
	@Transactional(readOnly = true)
	public List<MonthlyReportView> history(CurrentUser user) {
		return reports.findByUserIdOrderByMonthDesc(user.id()).stream().map(report -> view(user.id(), report)).toList();
	}

	/**
	 * The stored report of a finished month, or, when the job has not reported on it, one
	 * worked out now and not stored. A month not over yet has none.
	 */
	@Transactional(readOnly = true)
	public MonthlyReportView report(CurrentUser user, YearMonth month) {
		if (!month.isBefore(user.currentMonth(clock))) {
			throw new ReportNotFoundException(month.toString());
		}
		return reports.findByUserIdAndMonth(user.id(), month.toString())
			.map(report -> view(user.id(), report))
			.orElseGet(() -> compute(user, month));
	}

	/**
	 * The finished months a report can be shown for, newest first: those in the user's
	 * {@code history} and the last two years.
	 */
	public List<YearMonth> months(CurrentUser user, List<MonthlyReportView> history) {
		Set<YearMonth> months = new LinkedHashSet<>();
		history.forEach(report -> months.add(report.month()));
		YearMonth current = user.currentMonth(clock);
		for (int back = 1; back <= 24; back++) {
			months.add(current.minusMonths(back));
		}
		return months.stream().sorted(Comparator.reverseOrder()).toList();
	}

	private MonthlyReportView view(UUID userId, MonthlyReport report) {
		return new MonthlyReportView(userId, report.month(), Money.of(report.income(), report.currency()),
				Money.of(report.expenses(), report.currency()), report.transactions(),
				json.readValue(report.details(), Details.class), report.summary(), true, report.createdAt());
	}

	MonthlyReportView compute(CurrentUser user, YearMonth month) {
		return draft(user, month).report();
	}

	private Draft draft(CurrentUser user, YearMonth month) {
		Currency currency = user.currency();
		MonthActivity now = totals.month(user.id(), currency, month, MERCHANTS);
		MonthActivity before = totals.month(user.id(), currency, month.minusMonths(1), MERCHANTS);
		Map<String, CategoryView> names = categories.byKey(user.id());
		List<CategoryLine> lines = categoryLines(now, before, names);
		List<BudgetLine> budgetLines = budgets.allIn(user, month)
			.stream()
			.filter(progress -> progress.budget().currency().equals(currency))
			.map(progress -> budgetLine(progress, names))
			.toList();
		List<MerchantLine> merchants = now.merchants()
			.stream()
			.map(merchant -> new MerchantLine(merchant.merchant(), merchant.count(), merchant.total()))
			.toList();
		List<Insight> insights = now.isEmpty() ? List.of()
				: Insights.found(now, before, lines, budgetLines, user.locale());
		List<String> texts = insights.stream().map(Insight::text).toList();
		return new Draft(
				new MonthlyReportView(user.id(), month, now.income(), now.expenses(),
						now.incomeCount() + now.expenseCount(),
						new Details(before.income(), before.expenses(), lines, merchants, budgetLines, texts,
								now.conversions().converted() ? now.conversions().rateText() : null,
								now.conversions().incomplete()
										? now.conversions()
											.unconverted()
											.stream()
											.map((money) -> money.toPlainString() + " "
													+ money.currency().getCurrencyCode())
											.collect(Collectors.joining(", "))
												+ (now.conversions().accountsLeftOut().isEmpty() ? "" : " (on "
														+ String.join(", ", now.conversions().accountsLeftOut()) + ")")
										: null),
						null, false, null),
				insights);
	}

	/**
	 * This month's categories, largest first, then those that had spending only the month
	 * before.
	 */
	private static List<CategoryLine> categoryLines(MonthActivity now, MonthActivity before,
			Map<String, CategoryView> names) {
		Money zero = Money.zero(now.expenses().currency());
		Map<String, Money> previous = new HashMap<>();
		before.byCategory().forEach(total -> previous.put(key(total), total.total()));
		List<CategoryLine> lines = new ArrayList<>();
		for (CategoryTotal total : now.byCategory()) {
			lines.add(line(key(total), total.total(), previous.getOrDefault(key(total), zero), names));
		}
		for (CategoryTotal total : before.byCategory()) {
			if (lines.stream().noneMatch(line -> line.key().equals(key(total)))) {
				lines.add(line(key(total), zero, total.total(), names));
			}
		}
		return lines;
	}

	private static String key(CategoryTotal total) {
		return total.category() == null ? "" : total.category();
	}

	private static CategoryLine line(String key, Money amount, Money previous, Map<String, CategoryView> names) {
		CategoryView category = names.get(key);
		return new CategoryLine(key, category == null ? "Uncategorised" : category.name(),
				category == null ? "#6c757d" : category.colour(), amount, previous);
	}

	private static BudgetLine budgetLine(BudgetProgress progress, Map<String, CategoryView> names) {
		String name = progress.coversAll() ? "All spending"
				: names.containsKey(progress.scope()) ? names.get(progress.scope()).name() : progress.scope();
		return new BudgetLine(name, progress.budget(), progress.spent());
	}

}
