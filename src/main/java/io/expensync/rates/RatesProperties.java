package io.expensync.rates;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code expensync.rates.*}: where reference rates come from ({@code source=ecb} fetches
 * the ECB's; none by default, and then only rates typed in are known), the feed's
 * address, when it is fetched (a cron in UTC) and how long a fetch may take.
 */
@ConfigurationProperties("expensync.rates")
record RatesProperties(@DefaultValue("none") Feed source,
		@DefaultValue("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml") URI ecbUrl,
		@DefaultValue("30 16 * * 1-5") String ecbCron, @DefaultValue("20s") Duration timeout,
		@DefaultValue("PT1M") Duration firstRun) {

	/** Where reference rates come from. */
	enum Feed {

		/** Nowhere: only the rates users type in are known. */
		NONE,

		/** The European Central Bank's daily reference rates. */
		ECB

	}

	boolean fetchesEcb() {
		return source == Feed.ECB;
	}

}
