package io.expensync.receipts.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Straightening on a receipt drawn here: a tall column of item lines with prices, as a
 * receipt printer prints them.
 */
class StraighteningTests {

	private static final int PAPER = 238;

	@ParameterizedTest
	@ValueSource(doubles = { -18, -15, -7, -2.5, -1, 1.5, 4, 7, 12, 15, 19 })
	void findsTheSkewOfTextTurnedByAKnownAngle(double degrees) {
		BufferedImage skewed = rotated(receipt(), degrees, PAPER);
		assertThat(Straightening.skew(skewed)).isCloseTo(degrees, within(0.5));
	}

	@ParameterizedTest
	@ValueSource(doubles = { -15, 7 })
	void findsTheSkewOnADarkTable(double degrees) {
		BufferedImage photo = rotated(receipt(), degrees, 40);
		assertThat(Straightening.skew(photo)).isCloseTo(degrees, within(0.5));
		assertThat(Straightening.quarterTurns(photo)).isZero();
	}

	@Test
	void deskewsSoThatTheLinesRunLevel() {
		BufferedImage skewed = rotated(receipt(), 9, PAPER);
		BufferedImage straight = Straightening.deskewed(skewed, ImagePreparation.MAX_WIDTH);
		assertThat(Straightening.skew(straight)).isCloseTo(0, within(0.5));
		// cut to the receipt: narrower than the turned picture, and the corners are
		// filled with the paper's grey, not black
		assertThat(straight.getWidth()).isLessThan(skewed.getWidth());
		assertThat(grey(straight, 0, 0)).isBetween(PAPER - 6, PAPER + 6);
		assertThat(grey(straight, straight.getWidth() - 1, straight.getHeight() - 1)).isBetween(PAPER - 6, PAPER + 6);
	}

	@Test
	void leavesAnUprightReceiptAsItIs() {
		BufferedImage upright = receipt();
		assertThat(Straightening.quarterTurns(upright)).isZero();
		assertThat(Straightening.deskewed(upright, ImagePreparation.MAX_WIDTH)).isSameAs(upright);
		assertThat(ImagePreparation.prepare(upright)).isSameAs(upright);
	}

	@Test
	void leavesASkewOfHalfADegreeOrLess() {
		BufferedImage nearlyLevel = rotated(receipt(), 0.3, PAPER);
		assertThat(Straightening.deskewed(nearlyLevel, ImagePreparation.MAX_WIDTH)).isSameAs(nearlyLevel);
	}

	@Test
	void turnsAReceiptTurnedClockwiseBack() {
		BufferedImage upright = receipt();
		BufferedImage turned = Straightening.turned(upright, 1);
		assertThat(Straightening.quarterTurns(turned)).isEqualTo(3);
		assertThat(pixelsOf(ImagePreparation.prepare(turned))).isEqualTo(pixelsOf(upright));
	}

	@Test
	void turnsAReceiptTurnedAnticlockwiseBack() {
		BufferedImage upright = receipt();
		BufferedImage turned = Straightening.turned(upright, 3);
		assertThat(Straightening.quarterTurns(turned)).isEqualTo(1);
		assertThat(pixelsOf(ImagePreparation.prepare(turned))).isEqualTo(pixelsOf(upright));
	}

	@Test
	void turnsAReceiptTurnedAQuarterAndSkewedBack() {
		BufferedImage photo = rotated(Straightening.turned(receipt(), 3), 6, PAPER);
		BufferedImage prepared = ImagePreparation.prepare(photo);
		assertThat(prepared.getHeight()).isGreaterThan(prepared.getWidth());
		assertThat(Straightening.skew(prepared)).isCloseTo(0, within(0.5));
		assertThat(Straightening.Baselines.of(prepared)).isPositive();
	}

	@Test
	void turningFourQuartersGivesThePictureBack() {
		BufferedImage upright = receipt();
		BufferedImage once = Straightening.turned(upright, 1);
		assertThat(once.getWidth()).isEqualTo(upright.getHeight());
		// the top left corner goes to the top right
		assertThat(grey(once, once.getWidth() - 1, 0)).isEqualTo(grey(upright, 0, 0));
		BufferedImage round = Straightening.turned(Straightening.turned(once, 1), 2);
		assertThat(pixelsOf(round)).isEqualTo(pixelsOf(upright));
	}

	@Test
	void aBlankPictureIsLeftAsItIs() {
		BufferedImage blank = new BufferedImage(600, 900, BufferedImage.TYPE_BYTE_GRAY);
		assertThat(Straightening.quarterTurns(blank)).isZero();
		assertThat(Straightening.deskewed(blank, ImagePreparation.MAX_WIDTH)).isSameAs(blank);
	}

	/**
	 * A receipt 700 px wide: a header, then 36 lines of items with prices, in a
	 * fixed-width font like a receipt printer's.
	 */
	static BufferedImage receipt() {
		BufferedImage image = new BufferedImage(700, 1500, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setColor(new Color(PAPER, PAPER, PAPER));
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setColor(new Color(30, 30, 30));
			graphics.setFont(new Font(Font.MONOSPACED, Font.BOLD, 26));
			graphics.drawString("CORNER SHOP SDN BHD", 180, 70);
			graphics.drawString("DATE 12/03/2024 10:45", 170, 110);
			graphics.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 24));
			String[] items = { "BREAD", "COFFEE", "MILK 1L", "EGGS X10", "RICE 5KG", "SUGAR", "TEA", "BUTTER",
					"CHEESE" };
			for (int line = 0; line < 36; line++) {
				String item = items[line % items.length] + " " + (line + 1);
				String price = "%d.%02d".formatted(3 + (line * 7) % 40, (line * 37) % 100);
				int y = 170 + line * 36;
				graphics.drawString(item, 40, y);
				graphics.drawString(price, 640 - graphics.getFontMetrics().stringWidth(price), y);
			}
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

	/** The picture turned clockwise by {@code degrees} on a larger ground. */
	static BufferedImage rotated(BufferedImage image, double degrees, int ground) {
		double radians = Math.toRadians(degrees);
		double cos = Math.abs(Math.cos(radians));
		double sin = Math.abs(Math.sin(radians));
		int width = (int) Math.ceil(image.getWidth() * cos + image.getHeight() * sin) + 120;
		int height = (int) Math.ceil(image.getWidth() * sin + image.getHeight() * cos) + 120;
		BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = result.createGraphics();
		try {
			graphics.setColor(new Color(ground, ground, ground));
			graphics.fillRect(0, 0, width, height);
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.translate(width / 2.0, height / 2.0);
			graphics.rotate(radians);
			graphics.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return result;
	}

	private static byte[] pixelsOf(BufferedImage image) {
		return Straightening.pixels(image).clone();
	}

	private static int grey(BufferedImage image, int x, int y) {
		return image.getRaster().getSample(x, y, 0);
	}

}
