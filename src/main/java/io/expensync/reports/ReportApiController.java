package io.expensync.reports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.expensync.money.Money;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;
import io.expensync.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reports}: the stored monthly reports; {@code /{month}} one finished
 * month's report (stored, or worked out now); {@code /email} whether they are emailed.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

	record ReportResponse(YearMonth month, String currency, String income, String expenses, String net,
			long transactions, String previousIncome, String previousExpenses, List<CategoryResponse> categories,
			List<MerchantResponse> merchants, List<BudgetResponse> budgets, List<String> insights,
			@Nullable String summary, @Nullable String summaryModel, @Nullable String convertedAt,
			@Nullable String notConverted, boolean stored, @Nullable Instant createdAt) {

		static ReportResponse of(MonthlyReportView report) {
			MonthlyReportView.Details details = report.details();
			return new ReportResponse(report.month(), report.income().currency().getCurrencyCode(),
					plain(report.income()), plain(report.expenses()), plain(report.net()), report.transactions(),
					plain(details.previousIncome()), plain(details.previousExpenses()),
					details.categories()
						.stream()
						.map(line -> new CategoryResponse(line.key(), line.name(), plain(line.amount()),
								plain(line.previous()),
								line.changePercent() == null ? null : line.changePercent().toPlainString()))
						.toList(),
					details.merchants()
						.stream()
						.map(line -> new MerchantResponse(line.name(), line.count(), plain(line.amount())))
						.toList(),
					details.budgets()
						.stream()
						.map(line -> new BudgetResponse(line.name(), plain(line.budget()), plain(line.spent()),
								line.over()))
						.toList(),
					details.insights(), (report.summary() != null) ? report.summary().text() : null,
					(report.summary() != null) ? report.summary().model() : null, details.convertedAt(),
					details.leftOut(), report.stored(), report.createdAt());
		}

		private static String plain(Money money) {
			return money.toPlainString();
		}
	}

	record CategoryResponse(String key, String name, String amount, String previous, @Nullable String changePercent) {
	}

	record MerchantResponse(String name, long count, String amount) {
	}

	record BudgetResponse(String name, String budget, String spent, boolean over) {
	}

	record EmailSetting(@NotNull Boolean enabled) {
	}

	private final MonthlyReports reports;

	private final UserService users;

	ReportApiController(MonthlyReports reports, UserService users) {
		this.reports = reports;
		this.users = users;
	}

	@GetMapping
	PageResponse<ReportResponse> list(CurrentUser user) {
		return PageResponse.of(reports.history(user).stream().map(ReportResponse::of).toList());
	}

	@GetMapping("/{month}")
	ReportResponse report(CurrentUser user, @PathVariable String month) {
		return ReportResponse.of(reports.report(user, ReportController.parse(month)));
	}

	@GetMapping("/email")
	EmailSetting email(CurrentUser user) {
		return new EmailSetting(users.get(user.id()).monthlyReportEmail());
	}

	@PutMapping("/email")
	EmailSetting setEmail(CurrentUser user, @Valid @RequestBody EmailSetting setting) {
		return new EmailSetting(users.emailMonthlyReport(user.id(), setting.enabled()).monthlyReportEmail());
	}

}
