package io.expensync.rates;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.expensync.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Reads the ECB's reference rate files ({@code eurofxref-daily.xml},
 * {@code eurofxref-hist-90d.xml}): a {@code Cube} with a {@code time} per day holding a
 * {@code Cube} with {@code currency} and {@code rate} per currency. Elements are matched
 * by their local name, whatever their namespace; DTDs and external entities are refused.
 * A currency the JDK does not know, or a rate that is not a positive number that fits the
 * table, is left out.
 */
final class EcbFeed {

	/** The largest rate per euro the table holds ({@code NUMERIC(19,10)}). */
	static final BigDecimal LIMIT = new BigDecimal("1000000000");

	/** The rates per euro of one day. */
	record Day(LocalDate date, Map<Currency, BigDecimal> perEuro) {

		Day {
			perEuro = Collections.unmodifiableMap(new LinkedHashMap<>(perEuro));
		}

	}

	/** The file is not a reference rate file. */
	static class UnreadableFeedException extends Exception {

		UnreadableFeedException(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

	private static final XMLInputFactory XML = factory();

	private EcbFeed() {
	}

	/**
	 * The days of the file, in the file's order.
	 * @throws UnreadableFeedException when it is no XML, or holds no day with a rate
	 */
	static List<Day> parse(byte[] file) throws UnreadableFeedException {
		List<Day> days = new ArrayList<>();
		try {
			XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(file));
			try {
				LocalDate date = null;
				Map<Currency, BigDecimal> rates = new LinkedHashMap<>();
				while (xml.hasNext()) {
					if (xml.next() != XMLStreamConstants.START_ELEMENT || !"Cube".equals(xml.getLocalName())) {
						continue;
					}
					String time = xml.getAttributeValue(null, "time");
					if (time != null) {
						addDay(days, date, rates);
						date = LocalDate.parse(time.strip());
						rates = new LinkedHashMap<>();
					}
					else if (date != null) {
						addRate(rates, xml.getAttributeValue(null, "currency"), xml.getAttributeValue(null, "rate"));
					}
				}
				addDay(days, date, rates);
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException | DateTimeException ex) {
			throw new UnreadableFeedException("The ECB feed is not reference rate XML: " + ex.getMessage(), ex);
		}
		if (days.isEmpty()) {
			throw new UnreadableFeedException("The ECB feed holds no rates", null);
		}
		return days;
	}

	private static void addDay(List<Day> days, @Nullable LocalDate date, Map<Currency, BigDecimal> rates) {
		if (date != null && !rates.isEmpty()) {
			days.add(new Day(date, rates));
		}
	}

	private static void addRate(Map<Currency, BigDecimal> rates, @Nullable String code, @Nullable String rate) {
		if (code == null || rate == null) {
			return;
		}
		try {
			Currency currency = Money.currency(code.strip());
			BigDecimal perEuro = Money.parseAmount(rate).setScale(10, RoundingMode.HALF_EVEN);
			if (perEuro.signum() > 0 && perEuro.compareTo(LIMIT) < 0 && !currency.equals(ReferenceRates.EURO)) {
				rates.put(currency, perEuro);
			}
		}
		catch (IllegalArgumentException ex) {
			// a currency or rate this app cannot use; the others of the day still count
		}
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

}
