package io.expensync.receipts.scanning;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/** Receipt files made for the tests: small to keep, some slow to read on purpose. */
public final class ReceiptFixtures {

	private ReceiptFixtures() {
	}

	/**
	 * A one-page PDF, a few kilobytes, whose page draws a form that draws another form
	 * ten times, and so on {@code depth} levels down to a dashed curve: 10^depth curves
	 * to draw (depth 7 keeps PDFBox busy for hours).
	 */
	public static byte[] pdfThatDrawsWithoutEnd(int depth) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A6);
			document.addPage(page);
			PDFormXObject form = form(document, page.getMediaBox());
			try (PDFormContentStream curve = new PDFormContentStream(form)) {
				curve.setLineWidth(3);
				curve.setLineDashPattern(new float[] { 2, 1 }, 0);
				curve.moveTo(10, 10);
				for (int i = 0; i < 20; i++) {
					curve.curveTo(40 + i, 300, 200 - i, 20, 250, 10 + 20 * i);
				}
				curve.stroke();
			}
			for (int level = 0; level < depth; level++) {
				PDFormXObject tenTimes = form(document, page.getMediaBox());
				try (PDFormContentStream content = new PDFormContentStream(tenTimes)) {
					for (int i = 0; i < 10; i++) {
						content.saveGraphicsState();
						content.transform(Matrix.getTranslateInstance(i, i));
						content.drawForm(form);
						content.restoreGraphicsState();
					}
				}
				form = tenTimes;
			}
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawForm(form);
			}
			return save(document);
		}
	}

	/** A receipt as plain as they come, in large print: its total is 12.50. */
	public static byte[] plainPdfReceipt() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A6);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD), 16);
				content.setLeading(28);
				content.newLineAtOffset(30, 360);
				for (String line : new String[] { "CORNER SHOP", "12/03/2024", "BREAD        2.50", "COFFEE      10.00",
						"TOTAL       12.50" }) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			return save(document);
		}
	}

	/**
	 * A PNG of black and white noise: Tesseract looks for lines in it for seconds, then
	 * reads thousands of "words" (about 25 s for 1500 × 2000 on one core).
	 */
	public static byte[] noise(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
		Random random = new Random(7);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextBoolean() ? 0xFFFFFF : 0);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A 40 × 30 black PNG. */
	public static byte[] png() throws IOException {
		return encode("png");
	}

	/** A 40 × 30 black JPEG. */
	public static byte[] jpeg() throws IOException {
		return encode("jpeg");
	}

	private static byte[] encode(String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), format, out);
		return out.toByteArray();
	}

	/** A PDF of two blank pages, A6 then A4. */
	public static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A6));
			document.addPage(new PDPage(PDRectangle.A4));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static PDFormXObject form(PDDocument document, PDRectangle box) {
		PDFormXObject form = new PDFormXObject(document);
		form.setBBox(box);
		form.setResources(new PDResources());
		return form;
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

}
