package io.expensync.receipts.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The printed rows of a receipt from the pieces of text an engine found. A receipt sets a
 * label on the left and its amount far to the right ("TOTAL ... 54.50"), which a detector
 * finds as two boxes; the extraction reads them as one row. Two pieces are on the same
 * row when their vertical spans overlap by at least half of the shorter one.
 */
public final class OcrRows {

	/** The share of the shorter piece's height that two pieces of one row overlap by. */
	static final double SAME_ROW = 0.5;

	private OcrRows() {
	}

	/** The rows, top to bottom, each a list of pieces left to right. */
	public static List<List<OcrLine>> rows(List<OcrLine> lines) {
		List<OcrLine> byMiddle = new ArrayList<>(lines);
		byMiddle.sort(Comparator.comparingDouble(OcrLine::middle));
		List<List<OcrLine>> rows = new ArrayList<>();
		for (OcrLine line : byMiddle) {
			List<OcrLine> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
			if (row != null && overlaps(row, line)) {
				row.add(line);
			}
			else {
				rows.add(new ArrayList<>(List.of(line)));
			}
		}
		for (List<OcrLine> row : rows) {
			row.sort(Comparator.comparingInt(OcrLine::left));
		}
		return rows;
	}

	/** The rows as text, a line each, their pieces apart by a space. */
	public static String text(List<OcrLine> lines) {
		return rows(lines).stream()
			.map((row) -> row.stream().map(OcrLine::text).collect(Collectors.joining(" ")))
			.collect(Collectors.joining("\n"));
	}

	/**
	 * The rows, top to bottom, each as one line: its pieces' text apart by a space, the
	 * box around them all and the least sure piece's confidence.
	 */
	public static List<OcrLine> joined(List<OcrLine> lines) {
		return rows(lines).stream()
			.map((row) -> new OcrLine(row.stream().map(OcrLine::text).collect(Collectors.joining(" ")),
					row.stream().mapToDouble(OcrLine::confidence).min().orElseThrow(),
					row.stream().mapToInt(OcrLine::left).min().orElseThrow(),
					row.stream().mapToInt(OcrLine::top).min().orElseThrow(),
					row.stream().mapToInt(OcrLine::right).max().orElseThrow(),
					row.stream().mapToInt(OcrLine::bottom).max().orElseThrow()))
			.toList();
	}

	/**
	 * Whether a piece belongs to a row: it overlaps, by half its or the row's typical
	 * height, the span the row's pieces share, and none of them stands where it does.
	 */
	private static boolean overlaps(List<OcrLine> row, OcrLine line) {
		int top = row.stream().mapToInt(OcrLine::top).max().orElseThrow();
		int bottom = row.stream().mapToInt(OcrLine::bottom).min().orElseThrow();
		int shorter = Math.min(line.height(), bottom - top);
		int overlap = Math.min(bottom, line.bottom()) - Math.max(top, line.top());
		if (shorter <= 0 || overlap < SAME_ROW * shorter) {
			return false;
		}
		return row.stream().noneMatch((piece) -> standsOn(piece, line));
	}

	/**
	 * Whether one piece stands over the other: they share more of their width than the
	 * shorter one's height. A detector's boxes reach a little past their text, so two
	 * pieces side by side on one row may share a few columns ("SUBANG HEALTHCARE SDN" and
	 * "BHD").
	 */
	private static boolean standsOn(OcrLine piece, OcrLine other) {
		int shared = Math.min(piece.right(), other.right()) - Math.max(piece.left(), other.left());
		return shared > Math.min(piece.height(), other.height());
	}

}
