package io.expensync.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import io.expensync.rates.EcbFeed.Day;
import io.expensync.rates.EcbFeed.UnreadableFeedException;

import org.junit.jupiter.api.Test;

/**
 * The ECB's reference rate file, read namespace-agnostic, with DTDs and external entities
 * refused.
 */
class EcbFeedTests {

	/** The layout of eurofxref-hist-90d.xml, two days and three currencies. */
	static final String SAMPLE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
				<gesmes:subject>Reference rates</gesmes:subject>
				<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
				<Cube>
					<Cube time="2026-12-01">
						<Cube currency="USD" rate="1.0543"/>
						<Cube currency="JPY" rate="160.52"/>
						<Cube currency="GBP" rate="0.83415"/>
					</Cube>
					<Cube time="2026-11-30">
						<Cube currency="USD" rate="1.0601"/>
						<Cube currency="JPY" rate="161.2"/>
					</Cube>
				</Cube>
			</gesmes:Envelope>
			""";

	static byte[] bytes(String text) {
		return text.strip().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void readsEveryDayWithItsRatesPerEuro() throws Exception {
		List<Day> days = EcbFeed.parse(bytes(SAMPLE));
		assertThat(days).extracting(Day::date).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30));
		assertThat(days.get(0).perEuro()).containsExactly(
				Map.entry(Currency.getInstance("USD"), new BigDecimal("1.0543000000")),
				Map.entry(Currency.getInstance("JPY"), new BigDecimal("160.5200000000")),
				Map.entry(Currency.getInstance("GBP"), new BigDecimal("0.8341500000")));
		assertThat(days.get(1).perEuro()).hasSize(2);
	}

	@Test
	void readsTheElementsWhateverTheirNamespace() throws Exception {
		List<Day> days = EcbFeed.parse(bytes("""
				<e:Envelope xmlns:e="urn:other"><e:Cube><e:Cube time="2026-12-01">
				<e:Cube currency="USD" rate="1.05"/></e:Cube></e:Cube></e:Envelope>"""));
		assertThat(days).hasSize(1);
		assertThat(
				EcbFeed.parse(bytes("<Cube><Cube time='2026-12-01'><Cube currency='CHF' rate='0.93'/></Cube></Cube>")))
			.hasSize(1);
	}

	@Test
	void leavesOutCurrenciesAndRatesItCannotUse() throws Exception {
		List<Day> days = EcbFeed.parse(bytes("""
				<Cube><Cube time="2026-12-01">
				<Cube currency="XYZ" rate="1.5"/><Cube currency="USD" rate="abc"/><Cube currency="GBP" rate="-1"/>
				<Cube currency="EUR" rate="1"/><Cube currency="JPY" rate="160.5"/>
				</Cube></Cube>"""));
		assertThat(days.get(0).perEuro()).containsOnlyKeys(Currency.getInstance("JPY"));
	}

	@Test
	void refusesGarbageAndFilesWithoutRates() {
		for (String garbage : List.of("not xml at all", "<html><body>Service unavailable</body></html>",
				"<Cube><Cube time=\"yesterday\"><Cube currency=\"USD\" rate=\"1\"/></Cube></Cube>", "<Cube>", "")) {
			assertThatExceptionOfType(UnreadableFeedException.class).as(garbage)
				.isThrownBy(() -> EcbFeed.parse(bytes(garbage)));
		}
	}

	@Test
	void refusesExternalEntities() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE Cube [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
				<Cube><Cube time="2026-12-01"><Cube currency="USD" rate="&secret;"/></Cube></Cube>""";
		assertThatExceptionOfType(UnreadableFeedException.class).isThrownBy(() -> EcbFeed.parse(bytes(xxe)));
	}

}
