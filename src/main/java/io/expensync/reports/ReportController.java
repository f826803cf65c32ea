package io.expensync.reports;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.expensync.transactions.TransactionTotals;
import io.expensync.transactions.TransactionTotals.Tagged;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The report history, one month's report, and the choice to get it by email. */
@Controller
class ReportController {

	private final MonthlyReports reports;

	private final UserService users;

	private final TransactionTotals totals;

	ReportController(MonthlyReports reports, UserService users, TransactionTotals totals) {
		this.reports = reports;
		this.users = users;
		this.totals = totals;
	}

	/** Read in one read-only transaction: one connection for the page's two reads. */
	@GetMapping("/reports")
	@Transactional(readOnly = true)
	String history(CurrentUser user, Model model) {
		List<MonthlyReportView> history = reports.history(user);
		model.addAttribute("reports", history);
		model.addAttribute("months", reports.months(user, history));
		model.addAttribute("emailed", users.get(user.id()).monthlyReportEmail());
		return "reports/list";
	}

	/** The month picker's form, without JavaScript. */
	@GetMapping("/reports/month")
	String pick(@RequestParam String month) {
		return "redirect:/reports/" + parse(month);
	}

	@GetMapping("/reports/{month}")
	String report(CurrentUser user, @PathVariable String month, Model model) {
		YearMonth shown = parse(month);
		MonthlyReportView report = reports.report(user, shown);
		model.addAttribute("report", report);
		// worked out now, from the transactions as they are: tags are not part of the
		// stored report
		Tagged tagged = totals.byTag(user.id(), report.income().currency(), shown.atDay(1), shown.atEndOfMonth());
		model.addAttribute("tagTotals", tagged.totals());
		model.addAttribute("tagConversions", tagged.conversions());
		return "reports/report";
	}

	@PostMapping("/reports/email")
	String email(CurrentUser user, @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
		users.emailMonthlyReport(user.id(), enabled);
		redirect.addFlashAttribute("success", enabled ? "You will get each monthly report by email."
				: "Monthly reports will no longer be emailed; they stay here.");
		return "redirect:/reports";
	}

	/** A month in the path such as 2026-10; anything else is no page at all. */
	static YearMonth parse(String month) {
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new ReportNotFoundException(month);
		}
	}

}
