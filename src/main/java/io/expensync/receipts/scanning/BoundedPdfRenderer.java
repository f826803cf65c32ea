package io.expensync.receipts.scanning;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Draws PDF pages until a deadline, then stops: before every operator of every content
 * stream (the page's, and those of the forms, patterns, Type 3 glyphs and annotations it
 * draws) and before every glyph of a text string, it looks at the time. A page whose
 * content draws a million shapes, or one form a million times, stops there rather than
 * keeping a scan worker for hours. Drawing the one operation it is in (filling a path, a
 * shading) is not cut short; each is bounded by the page's pixels.
 */
class BoundedPdfRenderer extends PDFRenderer {

	/** {@link System#nanoTime()} at which drawing stops. */
	private final long deadline;

	/**
	 * @param deadline the {@link System#nanoTime()} at which drawing stops
	 */
	BoundedPdfRenderer(PDDocument document, long deadline) {
		super(document);
		this.deadline = deadline;
	}

	/** Whether the deadline has passed, and drawing stopped (or would now). */
	boolean deadlinePassed() {
		return System.nanoTime() - deadline >= 0;
	}

	@Override
	protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
		return new BoundedPageDrawer(parameters);
	}

	/**
	 * Thrown out of the drawing when the deadline has passed; without a stack trace, as
	 * it is expected and caught by the caller.
	 */
	static final class DeadlinePassed extends RuntimeException {

		DeadlinePassed() {
			super("the PDF's drawing deadline has passed", null, false, false);
		}

	}

	private final class BoundedPageDrawer extends PageDrawer {

		BoundedPageDrawer(PageDrawerParameters parameters) throws IOException {
			super(parameters);
		}

		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			stopWhenLate();
			super.processOperator(operator, operands);
		}

		@Override
		protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
				throws IOException {
			// one TJ can hold a million glyphs
			stopWhenLate();
			super.showGlyph(textRenderingMatrix, font, code, displacement);
		}

		private void stopWhenLate() {
			if (deadlinePassed()) {
				throw new DeadlinePassed();
			}
		}

	}

}
