package io.expensync.receipts.ocr;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OcrRowsTests {

	@Test
	void aLabelAndItsAmountFarRightAreOneRowAndRowsGoTopToBottom() {
		List<OcrLine> lines = List.of(new OcrLine("54.50", 0.99, 400, 102, 460, 122),
				new OcrLine("TOTAL", 0.99, 10, 100, 80, 120), new OcrLine("SHOP NAME", 0.99, 100, 10, 300, 40),
				new OcrLine("CASH", 0.99, 10, 130, 60, 150), new OcrLine("60.00", 0.99, 400, 129, 460, 149));
		assertThat(OcrRows.text(lines)).isEqualTo("SHOP NAME\nTOTAL 54.50\nCASH 60.00");
	}

	@Test
	void piecesSideBySideWhoseBoxesShareAFewColumnsAreOneRow() {
		// the detector's boxes reach past their text: "BHD" starts 13 px before the
		// piece on its left ends; and it sorts before that piece, its middle the same
		List<OcrLine> lines = List.of(new OcrLine("AA PHARMACY", 0.94, 46, 201, 315, 222),
				new OcrLine("BHD", 0.96, 299, 225, 370, 249),
				new OcrLine("SUBANG HEALTHCARE SDN", 0.94, 45, 226, 312, 248),
				new OcrLine("1118258-K", 0.99, 45, 250, 160, 274));
		assertThat(OcrRows.text(lines)).isEqualTo("AA PHARMACY\nSUBANG HEALTHCARE SDN BHD\n1118258-K");
	}

	@Test
	void piecesThatOverlapLittleOrStandOnEachOtherAreRowsOfTheirOwn() {
		List<OcrLine> lines = List.of(new OcrLine("A", 0.9, 10, 100, 50, 120), new OcrLine("B", 0.9, 60, 114, 90, 134),
				new OcrLine("C", 0.9, 20, 103, 40, 121));
		assertThat(OcrRows.rows(lines)).hasSize(3);
	}

}
