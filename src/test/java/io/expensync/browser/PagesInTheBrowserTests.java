package io.expensync.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import io.expensync.TestUsers;
import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountType;
import io.expensync.accounts.NewAccount;
import io.expensync.apitokens.ApiTokenForm;
import io.expensync.apitokens.ApiTokenLifetime;
import io.expensync.apitokens.ApiTokenService;
import io.expensync.budgets.BudgetService;
import io.expensync.budgets.BudgetSetting;
import io.expensync.demo.DemoData;
import io.expensync.money.Money;
import io.expensync.notifications.MailboxEntry;
import io.expensync.notifications.Outbox;
import io.expensync.rates.ExchangeRates;
import io.expensync.recurring.RecurringSummary;
import io.expensync.reports.MonthlyReports;
import io.expensync.transactions.TransactionType;
import io.expensync.users.CurrentUser;
import io.expensync.users.email.EmailLinks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every main page, signed in and with 90 days of data (and accounts in dollars, with a
 * rate, and in yen, without): no serious or critical accessibility violations (axe-core,
 * WCAG 2.1 AA rules), no script errors, and a screenshot at desktop and phone width, in
 * light and dark mode, under {@code target/screenshots}. The axe-core that runs is the
 * one the build puts on the test classpath (see the pom), not the older one inside
 * axe-core-playwright.
 */
// sessions in the database, as the app keeps them (the other tests keep them in the
// container)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class PagesInTheBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final List<String> PUBLIC_PAGES = List.of("/", "/login", "/signup", "/password/forgot",
			"/signup/finish");

	private static final String AXE_VERSION = System.getProperty("expensync.axe-core.version",
			"(unset: the pom sets it)");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	DemoData demoData;

	@Autowired
	MonthlyReports reports;

	@Autowired
	BudgetService budgets;

	@Autowired
	Outbox outbox;

	@Autowired
	EmailLinks links;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AccountService accounts;

	@Autowired
	ExchangeRates rates;

	CurrentUser user;

	List<String> privatePages;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void close() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void userWithData() {
		user = users.signUp("Pat Pages");
		demoData.generate(user);
		// accounts in two other currencies, one with a rate: the totals convert one and
		// name the other as left out
		accounts.create(user.id(),
				new NewAccount("Dollar account", AccountType.CURRENT, Money.of("412.80", "USD"), false));
		accounts.create(user.id(), new NewAccount("Yen cash", AccountType.CASH, Money.of("18000", "JPY"), false));
		rates.setByHand(user.id(), Money.currency("USD"), user.currency(), LocalDate.now(user.zone()).minusDays(1),
				new BigDecimal("0.9234"));
		// an administrator, to see the jobs page too
		jdbc.update("update users set role = 'ADMIN' where id = ?", user.id());
		YearMonth lastMonth = YearMonth.now().minusMonths(1);
		reports.make(user.id(), lastMonth);
		tokens.create(user, new ApiTokenForm("Bank sync script", ApiTokenLifetime.DAYS_90, TestUsers.PASSWORD));
		// and an expired one, whose button says Remove, not Revoke
		tokens.create(user, new ApiTokenForm("Old import script", ApiTokenLifetime.DAYS_30, TestUsers.PASSWORD));
		jdbc.update("update api_tokens set expires_at = ? where user_id = ? and name = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(2))), user.id(), "Old import script");
		privatePages = List.of("/dashboard", "/accounts", "/transactions/new", "/budgets", "/recurring", "/reports",
				"/reports/" + lastMonth, "/categories", "/profile", "/profile/tokens", "/profile/passkeys",
				"/profile/review", "/sessions", "/activity", "/admin/jobs", "/admin/users", "/rules", "/rules/new",
				"/rates");
	}

	/**
	 * Every email the app writes, as a mail client shows it: rendered from the outbox at
	 * a desktop and a phone width, with nothing cut off sideways.
	 */
	@Test
	void emailsAsTheyArrive() {
		budgets.set(user, new BudgetSetting("ALL", Money.of(BigDecimal.ONE, user.currency()), List.of(80, 100)));
		LocalDate today = LocalDate.now(user.zone());
		transaction.executeWithoutResult(status -> events.publishEvent(new RecurringSummary(user.id(),
				List.of(new RecurringSummary.Line(today.minusDays(1), "Rent", TransactionType.EXPENSE,
						Money.of(new BigDecimal("1150.00"), user.currency())),
						new RecurringSummary.Line(today, "Salary", TransactionType.INCOME,
								Money.of(new BigDecimal("3200.00"), user.currency()))))));
		links.requestPasswordReset(user.email());
		links.sendVerification(user.id());
		// the budget alert and the reset link are written after their commits, on
		// another thread: wait for the emails themselves
		List<String> kinds = List.of("welcome", "verify-address", "password-reset", "budget-alert", "monthly-report",
				"recurring-summary");
		List<MailboxEntry> emails = await("an email of every kind").atMost(Duration.ofSeconds(60))
			.until(() -> outbox.mailbox(user),
					written -> written.stream().map(MailboxEntry::kind).toList().containsAll(kinds));
		assertThat(emails).extracting(MailboxEntry::kind).containsAll(kinds);
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			for (MailboxEntry email : emails) {
				for (int width : new int[] { 800, 375 }) {
					page.setViewportSize(width, 900);
					page.setContent(email.html());
					page.screenshot(new Page.ScreenshotOptions()
						.setPath(SCREENSHOTS.resolve("email-" + email.kind() + "-" + width + ".png"))
						.setFullPage(true));
					Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
					assertThat(((Number) overflow).intValue())
						.as("no sideways scrolling in %s at %d px", email.kind(), width)
						.isLessThanOrEqualTo(0);
				}
				assertThat(page.textContent("body")).as("the HTML and text parts say the same")
					.contains(email.text()
						.lines()
						.filter(line -> line.startsWith("Hello "))
						.findFirst()
						.orElseThrow()
						.strip());
			}
		}
	}

	@Test
	void mainPagesHaveNoSeriousAccessibilityViolations() {
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			List<String> errors = watchForErrors(page);
			List<String> violations = new ArrayList<>();
			Set<String> rulesApplied = new HashSet<>();
			for (String path : PUBLIC_PAGES) {
				violations.addAll(audit(page, path, rulesApplied));
			}
			signIn(page);
			for (String path : withAccountPage(page)) {
				violations.addAll(audit(page, path, rulesApplied));
			}
			assertThat(violations).isEmpty();
			assertThat(errors).isEmpty();
			// off in axe 4.11 (experimental), a wcag21a rule in 4.14
			assertThat(rulesApplied).contains("label-content-name-mismatch");
		}
	}

	@Test
	void screenshotsAtDesktopAndPhoneWidthInLightAndDark() {
		record Variant(String name, int width, int height, ColorScheme scheme) {
		}
		for (Variant variant : List.of(new Variant("desktop-light", 1280, 900, ColorScheme.LIGHT),
				new Variant("desktop-dark", 1280, 900, ColorScheme.DARK),
				new Variant("tablet-light", 900, 1000, ColorScheme.LIGHT),
				new Variant("phone-light", 375, 812, ColorScheme.LIGHT),
				new Variant("phone-dark", 375, 812, ColorScheme.DARK))) {
			try (BrowserContext context = chromium.browser
				.newContext(new Browser.NewContextOptions().setViewportSize(variant.width(), variant.height())
					.setColorScheme(variant.scheme()))) {
				Page page = context.newPage();
				for (String path : PUBLIC_PAGES) {
					shoot(page, path, variant.name());
				}
				signIn(page);
				for (String path : withAccountPage(page)) {
					shoot(page, path, variant.name());
				}
			}
		}
		assertThat(SCREENSHOTS.resolve("dashboard-desktop-light.png")).exists();
		assertThat(SCREENSHOTS.resolve("account-phone-dark.png")).exists();
	}

	private List<String> withAccountPage(Page page) {
		page.navigate(url("/dashboard"));
		String account = page.locator(".account-card a").first().getAttribute("href");
		List<String> pages = new ArrayList<>(privatePages);
		pages.add(1, account);
		return pages;
	}

	private List<String> audit(Page page, String path, Set<String> rulesApplied) {
		page.navigate(url(path));
		page.waitForLoadState();
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		assertThat(results.isErrored()).as("axe failed on %s: %s", path, results.getErrorMessage()).isFalse();
		assertThat(results.getTestEngine().getVersion()).as("the axe-core that ran").isEqualTo(AXE_VERSION);
		Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete())
			.flatMap(List::stream)
			.forEach(rule -> rulesApplied.add(rule.getId()));
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				found.add("%s %s (%s): %s".formatted(path, rule.getId(), rule.getImpact(),
						rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList()));
			}
		}
		return found;
	}

	private void shoot(Page page, String path, String variant) {
		page.navigate(url(path));
		page.waitForLoadState();
		String name = switch (path) {
			case "/" -> "home";
			case "/transactions/new" -> "transaction-form";
			case "/password/forgot" -> "password-forgot";
			case "/admin/jobs" -> "jobs";
			case "/admin/users" -> "users";
			case "/profile/tokens" -> "api-tokens";
			case "/profile/passkeys" -> "passkeys";
			case "/profile/review" -> "credential-review";
			case "/signup/finish" -> "signup-finish";
			default ->
				path.startsWith("/accounts/") ? "account" : path.startsWith("/reports/") ? "report" : path.substring(1);
		};
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + variant + ".png"))
			.setFullPage(true));
		Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("no sideways scrolling on %s at %s", path, variant)
			.isLessThanOrEqualTo(0);
	}

	private void signIn(Page page) {
		page.navigate(url("/login"));
		page.fill("#username", user.email());
		page.fill("#password", TestUsers.PASSWORD);
		page.click("main form button[type=submit]");
		page.waitForURL("**/dashboard");
	}

	private static List<String> watchForErrors(Page page) {
		List<String> errors = new ArrayList<>();
		page.onPageError(error -> errors.add("script error: " + error));
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(page.url() + ": " + message.text());
			}
		});
		return errors;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
