package io.expensync.receipts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.expensync.receipts.extraction.ExtractedField;
import io.expensync.receipts.extraction.LineItem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Suggests a category from words in the merchant's name (counted three times) and in the
 * items: {@code RESTAURANT} suggests food, {@code PETROL} transportation, and so on. No
 * suggestion when no word is known.
 */
@Component
public class KeywordCategories {

	private static final Map<String, Pattern> KEYWORDS = new LinkedHashMap<>();

	static {
		add("food", "RESTAURANT|RESTORAN|\\bCAFE|COFFEE|KOPITIAM|BAKERY|CONFECTIONERY|KITCHEN|\\bFOODS?\\b|CHICKEN"
				+ "|BURGER|PIZZA|\\bNASI\\b|\\bMEE\\b|NOODLE|\\bTEA\\b|BISTRO|\\bBAR\\b|DINER|MCDONALD|\\bKFC\\b|SUSHI"
				+ "|CATERING|\\bDRINKS?\\b|BEVERAGE|\\bMEAL\\b|DAKGALBI|SCOOP|ICE CREAM");
		add("groceries", "SUPERMARKET|HYPERMARKET|\\bMART\\b|MINIMART|GROCER|PASAR|PASARAYA|RUNCIT|FRESH"
				+ "|MINI MARKET|\\bMARKET\\b|\\bAEON\\b|TESCO|GIANT|\\bMILK\\b|\\bEGGS?\\b|\\bBREAD\\b|\\bRICE\\b");
		add("transportation", "PETROL|\\bFUEL\\b|\\bSHELL\\b|PETRONAS|\\bCALTEX\\b|\\bESSO\\b|PETROKIOSK|\\bDIESEL\\b"
				+ "|PARKING|\\bTOLL\\b|\\bTAXI\\b|\\bRAIL\\b|\\bTRAIN\\b|\\bBUS\\b|TRANSIT|\\bGRAB\\b|SERVICE STATION");
		add("shopping", "HARDWARE|STATIONERY|\\bBOOKS?\\b|BOOKSTORES?|ELECTRICAL|FURNITURE|FLORIST|\\bDIY\\b|TRADING"
				+ "|HANDEL|IKEA|PAPER|PACKAGING|SUPPLIES|\\bTOYS?\\b|FASHION|BOUTIQUE|DEPARTMENT|KEY MAKER|\\bPAPAN\\b");
		add("healthcare", "PHARMACY|FARMASI|CLINIC|KLINIK|HOSPITAL|DENTAL|MEDICAL|\\bHEALTH|APOTHEKE|DRUG");
		add("utilities", "ELECTRICITY|\\bWATER\\b|TELEKOM|TELECOM|INTERNET|BROADBAND|\\bGAS\\b|\\bTNB\\b");
		add("entertainment", "CINEMA|\\bGSC\\b|TGV|KARAOKE|BOWLING|THEATRE|THEATER|\\bGAMES?\\b|CONCERT");
		add("travel", "HOTEL|\\bINN\\b|RESORT|AIRLINES?|AIRASIA|\\bAIRPORT\\b|TRAVEL|HOSTEL");
		add("personal", "SALON|BARBER|\\bSPA\\b|BEAUTY|COSMETIC|LAUNDRY|\\bGYM\\b|FITNESS");
		add("education", "SCHOOL|TUITION|UNIVERSITY|COLLEGE|ACADEMY|\\bCOURSE\\b");
	}

	/**
	 * Words of what is bought, for a receipt's single lines: a pharmacy's plasters, a
	 * supermarket's shampoo. A line's own words say more than its shop's name, so these
	 * come first.
	 */
	private static final Map<String, Pattern> ITEMS = new LinkedHashMap<>();

	static {
		ITEMS.put("healthcare", Pattern.compile("PANADOL|PARACETAMOL|VITAMIN|PLASTER|BANDAGE|\\bMASKS?\\b|MEDICINE"
				+ "|\\bTABLETS?\\b|\\bSYRUP\\b|ANTISEPTIC|THERMOMETER"));
		ITEMS.put("personal", Pattern.compile("SHAMPOO|CONDITIONER|\\bSOAP\\b|TOOTHPASTE|TOOTHBRUSH|LOTION|DEODORANT"
				+ "|SHAVER|\\bRAZOR|COSMETIC|SANITARY|\\bPADS?\\b|DIAPERS?"));
		ITEMS.put("shopping", Pattern.compile("BATTER(Y|IES)|\\bCABLE\\b|CHARGER|\\bPENS?\\b|PENCIL|NOTEBOOK|ENVELOPE"
				+ "|\\bGLUE\\b|SCISSORS|\\bTAPE\\b|\\bBULB\\b|DETERGENT|\\bTISSUES?\\b|\\bTOWEL"));
		ITEMS.put("food", Pattern.compile("COFFEE|\\bTEA\\b|\\bLATTE|CAPPUCCINO|\\bNASI\\b|\\bMEE\\b|NOODLE|BURGER"
				+ "|PIZZA|SANDWICH|\\bMEAL\\b|\\bCAKE|\\bJUICE\\b|\\bSODA\\b|\\bCOLA\\b|MILO"));
		ITEMS.put("groceries", Pattern.compile("\\bMILK\\b|\\bEGGS?\\b|\\bBREAD\\b|\\bRICE\\b|\\bSUGAR\\b|\\bFLOUR\\b"
				+ "|COOKING OIL|\\bBUTTER\\b|CHEESE|YOGHURT|YOGURT|\\bFRUITS?\\b|VEGETABLES?|\\bONIONS?\\b|POTATO"
				+ "|\\bSALT\\b|CEREAL|\\bPASTA\\b"));
	}

	/**
	 * The category one line of a receipt is for, from its own words: those of
	 * {@link #ITEMS} first, then the shop words of the whole receipt; empty when no word
	 * is known.
	 */
	public Optional<String> forItem(String description) {
		String text = description.toUpperCase(Locale.ROOT);
		for (Map<String, Pattern> words : List.of(ITEMS, KEYWORDS)) {
			for (Map.Entry<String, Pattern> entry : words.entrySet()) {
				if (entry.getValue().matcher(text).find()) {
					return Optional.of(entry.getKey());
				}
			}
		}
		return Optional.empty();
	}

	private static void add(String category, String regex) {
		KEYWORDS.put(category, Pattern.compile(regex));
	}

	/**
	 * A category key (one of the default categories, e.g. {@code groceries}) for a
	 * receipt with this merchant and these items, if any word is known.
	 */
	public Optional<ExtractedField<String>> suggest(@Nullable String merchant, List<LineItem> items) {
		String name = (merchant != null) ? merchant.toUpperCase(Locale.ROOT) : "";
		String bought = String.join("\n", items.stream().map(LineItem::description).toList()).toUpperCase(Locale.ROOT);
		String best = null;
		int bestHits = 0;
		int allHits = 0;
		for (Map.Entry<String, Pattern> entry : KEYWORDS.entrySet()) {
			int hits = 3 * count(entry.getValue(), name) + count(entry.getValue(), bought);
			allHits += hits;
			if (hits > bestHits) {
				best = entry.getKey();
				bestHits = hits;
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		return Optional.of(ExtractedField.of(best, 0.3 + 0.5 * bestHits / allHits));
	}

	private static int count(Pattern pattern, String text) {
		return (int) pattern.matcher(text).results().count();
	}

}
