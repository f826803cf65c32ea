package io.expensync.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, driven by Playwright. Without it the browser tests are skipped,
 * unless {@code EXPENSYNC_REQUIRE_BROWSER=true} (CI sets it), which makes a missing
 * browser a failure.
 */
final class Chromium implements AutoCloseable {

	private static final Path EXECUTABLE = Path
		.of(System.getenv().getOrDefault("EXPENSYNC_CHROMIUM", "/usr/bin/chromium"));

	private final Playwright playwright;

	final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static Chromium launch() {
		boolean required = Boolean.parseBoolean(System.getenv("EXPENSYNC_REQUIRE_BROWSER"));
		if (!Files.isExecutable(EXECUTABLE)) {
			if (required) {
				throw new IllegalStateException("Chromium is required but not at " + EXECUTABLE);
			}
			Assumptions.abort("Chromium is not installed at " + EXECUTABLE);
		}
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		return new Chromium(playwright, browser);
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
