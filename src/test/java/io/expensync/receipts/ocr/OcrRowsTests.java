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
	void piecesThatOverlapLittleOrStandOnEachOtherAreRowsOfTheirOwn() {
		List<OcrLine> lines = List.of(new OcrLine("A", 0.9, 10, 100, 50, 120), new OcrLine("B", 0.9, 60, 114, 90, 134),
				new OcrLine("C", 0.9, 20, 103, 40, 121));
		assertThat(OcrRows.rows(lines)).hasSize(3);
	}

}
