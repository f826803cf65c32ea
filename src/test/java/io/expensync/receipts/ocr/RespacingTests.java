package io.expensync.receipts.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RespacingTests {

	@Test
	void theCharactersOfOneReadingTakeTheSpacesOfTheOther() {
		assertThat(Respacing.respace("PINGHWAITRADING SDN BHD", "PINGHWAI TRADING SDN BHD"))
			.isEqualTo("PINGHWAI TRADING SDN BHD");
		// PP-OCR's right letters stay, Tesseract's wrong ones do not come in
		assertThat(Respacing.respace("KEDAIPAPANYEW CHUAN", "KEDAl PAPAN YEW CHUAN"))
			.isEqualTo("KEDAI PAPAN YEW CHUAN");
		assertThat(Respacing.respace("PASAR RAYA MEGA MAJU (SEM EN YIH) SD N BHD",
				"PASAR RAYA MEGA MAJU (SEMENYIH) SDN BHD"))
			.isEqualTo("PASAR RAYA MEGA MAJU (SEMENYIH) SDN BHD");
	}

	@Test
	void aMarkThatOnlyTheSpacedReadingHasBetweenTwoWordsPartsThem() {
		assertThat(Respacing.respace("KEDAISINHENGJAYA", "KEDAI SIN HENG'JAYA")).isEqualTo("KEDAI SIN HENG JAYA");
		assertThat(Respacing.respace("KEDAISINHENGJAYA", "KEDAI SIN HENG-JAYA")).isEqualTo("KEDAI SIN HENG JAYA");
		// a mark both read stays as it is, and one at either end parts nothing
		assertThat(Respacing.respace("KING'SBAKERY", "KING'S BAKERY")).isEqualTo("KING'S BAKERY");
		assertThat(Respacing.respace("SINHENGJAYA", "|SIN HENG JAYA.")).isEqualTo("SIN HENG JAYA");
	}

	@Test
	void readingsTooDifferentToLineUpLeaveTheFirstAsItIs() {
		assertThat(Respacing.respace("AMTECHELECTRICAL", "AM 1 ECH")).isEqualTo("AMTECHELECTRICAL");
		assertThat(Respacing.respace("GOLDEN SCOOP", "")).isEqualTo("GOLDEN SCOOP");
	}

}
