package io.expensync.receipts.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.expensync.receipts.ocr.OcrLine;
import org.junit.jupiter.api.Test;

/**
 * Which of PP-OCR's pieces the scanner has Tesseract read again for the spaces of the
 * likeliest names.
 */
class NamePiecesTests {

	@Test
	void picksPiecesThatPrintPartOfANameOrAWholeNameWithMoreBesideIt() {
		List<OcrLine> pieces = List.of(piece("TQ FOR SHOPPING WITH myNEWS.com"), piece("PINGHWAI"), piece("TRADING"),
				piece("NO.9,JALAN 16/11,46350,PETALINGJAYA"), piece("MYNEWSRETAILSB(306295-X)FKA BISON STORESSB"));
		List<Integer> chosen = ReceiptScanner.namePieces(pieces, List.of("PINGHWAI TRADING", "MYNEWSRETAILSB"));
		assertThat(chosen).containsExactly(1, 2, 4);
	}

	@Test
	void leavesAPieceAloneThatHoldsANameOfFewerThanFourLetters() {
		List<OcrLine> pieces = List.of(piece("MRT STATION KAJANG"), piece("TEL: 03-1234 5678"));
		assertThat(ReceiptScanner.namePieces(pieces, List.of("MRT"))).isEmpty();
	}

	private static OcrLine piece(String text) {
		return new OcrLine(text, 0.9, 0, 0, 100, 20);
	}

}
