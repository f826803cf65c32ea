package io.expensync.receipts.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Straightens a photographed receipt before it is read: phone photos come turned a
 * quarter (text lines running down the page) or skewed by a few degrees, and OCR engines
 * read such lines badly or not at all. Both are found from where the print is, on a small
 * binarised copy of the picture: text lines make the count of dark pixels along them (the
 * projection profile) sharp, alternating between lines and the gaps between them, only
 * when it is taken along the lines.
 * <ul>
 * <li>A quarter turn: the profile across the columns alternates clearly more than the one
 * across the rows, once the print is spread enough to close the gaps between characters.
 * Which way to turn it back the profiles cannot tell; the receipt's decimal points and
 * full stops can, since they sit on the line's baseline beside characters.
 * <li>A skew up to {@value #MAX_SKEW} degrees: the angle whose profile is sharpest,
 * searched in half degrees, then tenths. Skews of at most {@value #MIN_SKEW} degrees are
 * left, since turning by so little does not help reading.
 * </ul>
 * Upside down receipts are not found here: profiles look the same both ways up.
 */
public final class Straightening {

	/** The largest skew looked for, in degrees either way. */
	static final double MAX_SKEW = 20;

	/** Skews up to this, in degrees, are left as they are. */
	static final double MIN_SKEW = 0.5;

	/** About how many pixels the copy that the angles are measured on holds. */
	static final int SAMPLE_PIXELS = 400_000;

	/**
	 * Half the side of the square, in the copy's pixels, that a pixel is compared with to
	 * tell print from paper.
	 */
	static final int LOCAL_RADIUS = 8;

	/** How much darker than its surroundings a pixel of print is, in greys. */
	static final int INK_CONTRAST = 12;

	/**
	 * How light, as a share of the paper's grey, the surroundings of print are at the
	 * least: print covers less than a third of a receipt anywhere.
	 */
	static final double PAPER_SHARE = 0.7;

	/**
	 * How many times more the profile across the columns must alternate than the one
	 * across the rows before the picture is taken to be turned a quarter. Across the
	 * columns, upright development receipts alternate at most 1/1.3 as much as across the
	 * rows (receipts printed in a fixed-width font, whose characters stand in columns,
	 * the most), most of them less than half.
	 */
	static final double TURN_MARGIN = 1.5;

	/**
	 * How far, in the sample's pixels, print is spread before the lines' contrast is
	 * measured.
	 */
	static final int SPREAD = 2;

	/**
	 * Half the window, in the sample's pixels, that a profile is evened over to tell
	 * lines and gaps from the layout's larger blocks.
	 */
	static final int LINE_WINDOW = 4;

	private Straightening() {
	}

	/**
	 * The grey picture, deskewed; the same image when its skew is at most
	 * {@value #MIN_SKEW} degrees or none is found. A skewed one is turned about its
	 * centre and cut to its print with a margin (at most {@code maxWidth} px wide, scaled
	 * down if wider), the corners that the picture does not cover filled with its paper's
	 * grey.
	 */
	public static BufferedImage deskewed(BufferedImage gray, int maxWidth) {
		Sample sample = Sample.of(gray);
		if (sample.inkCount() == 0) {
			return gray;
		}
		double angle = sample.sharpestAngle(false).degrees();
		if (Math.abs(angle) <= MIN_SKEW) {
			return gray;
		}
		return rotated(gray, sample, angle, maxWidth);
	}

	/**
	 * How many quarter turns clockwise (0, 1 or 3) straighten the grey picture's text
	 * lines: 0 unless they clearly run down the page. Never 2: upside down is not found
	 * here.
	 */
	public static int quarterTurns(BufferedImage gray) {
		Sample sample = Sample.of(gray);
		if (sample.inkCount() == 0) {
			return 0;
		}
		Sample spread = sample.spread();
		double rows = spread.lineContrast(sample.sharpestAngle(false).degrees(), false);
		double columns = spread.lineContrast(sample.sharpestAngle(true).degrees(), true);
		if (columns <= TURN_MARGIN * rows) {
			return 0;
		}
		// turned clockwise, the lines run across; upside down then if the decimal points
		// sit at the top of the lines, and a turn the other way is right
		BufferedImage clockwise = deskewed(turned(gray, 1), Integer.MAX_VALUE);
		return (Baselines.of(clockwise) < 0) ? 3 : 1;
	}

	/** The grey picture turned clockwise by {@code quarters} quarter turns. */
	public static BufferedImage turned(BufferedImage gray, int quarters) {
		int turns = Math.floorMod(quarters, 4);
		if (turns == 0) {
			return gray;
		}
		int width = gray.getWidth();
		int height = gray.getHeight();
		byte[] from = pixels(gray);
		boolean across = turns % 2 == 1;
		BufferedImage result = new BufferedImage(across ? height : width, across ? width : height,
				BufferedImage.TYPE_BYTE_GRAY);
		byte[] to = pixels(result);
		int newWidth = result.getWidth();
		for (int y = 0; y < height; y++) {
			int row = y * width;
			for (int x = 0; x < width; x++) {
				int target = switch (turns) {
					case 1 -> x * newWidth + (height - 1 - y);
					case 2 -> (height - 1 - y) * newWidth + (width - 1 - x);
					default -> (width - 1 - x) * newWidth + y;
				};
				to[target] = from[row + x];
			}
		}
		return result;
	}

	/**
	 * The skew of the grey picture's text lines in degrees: positive when they fall to
	 * the right. 0 when there is no print.
	 */
	static double skew(BufferedImage gray) {
		Sample sample = Sample.of(gray);
		return (sample.inkCount() == 0) ? 0 : sample.sharpestAngle(false).degrees();
	}

	/**
	 * The picture turned by {@code -angle} about its centre, cut to where its print lands
	 * with a margin, with bilinear interpolation.
	 */
	private static BufferedImage rotated(BufferedImage gray, Sample sample, double angle, int maxWidth) {
		int width = gray.getWidth();
		int height = gray.getHeight();
		double cos = Math.cos(Math.toRadians(angle));
		double sin = Math.sin(Math.toRadians(angle));
		double centreX = width / 2.0;
		double centreY = height / 2.0;
		// the print's extent in the straightened frame, about the centre
		double left = Double.MAX_VALUE;
		double right = -Double.MAX_VALUE;
		double top = Double.MAX_VALUE;
		double bottom = -Double.MAX_VALUE;
		for (int i = 0; i < sample.inkCount(); i++) {
			double x = (sample.inkX[i] + 0.5) * sample.factor - centreX;
			double y = (sample.inkY[i] + 0.5) * sample.factor - centreY;
			double u = x * cos + y * sin;
			double v = -x * sin + y * cos;
			left = Math.min(left, u);
			right = Math.max(right, u);
			top = Math.min(top, v);
			bottom = Math.max(bottom, v);
		}
		double margin = Math.max(right - left, bottom - top) / 30 + 2 * sample.factor + 8;
		double halfWidth = (width * Math.abs(cos) + height * Math.abs(sin)) / 2;
		double halfHeight = (width * Math.abs(sin) + height * Math.abs(cos)) / 2;
		left = Math.max(-halfWidth, left - margin);
		right = Math.min(halfWidth, right + margin);
		top = Math.max(-halfHeight, top - margin);
		bottom = Math.min(halfHeight, bottom + margin);
		double scale = Math.min(1, maxWidth / (right - left));
		int newWidth = Math.max(1, (int) Math.round((right - left) * scale));
		int newHeight = Math.max(1, (int) Math.round((bottom - top) * scale));
		byte[] from = pixels(gray);
		BufferedImage result = new BufferedImage(newWidth, newHeight, BufferedImage.TYPE_BYTE_GRAY);
		byte[] to = pixels(result);
		int paper = sample.paper();
		for (int y = 0; y < newHeight; y++) {
			double v = top + (y + 0.5) / scale;
			for (int x = 0; x < newWidth; x++) {
				double u = left + (x + 0.5) / scale;
				// back into the picture: turned by angle
				double sourceX = u * cos - v * sin + centreX - 0.5;
				double sourceY = u * sin + v * cos + centreY - 0.5;
				to[y * newWidth + x] = (byte) interpolated(from, width, height, sourceX, sourceY, paper);
			}
		}
		return result;
	}

	private static int interpolated(byte[] pixels, int width, int height, double x, double y, int outside) {
		int x0 = (int) Math.floor(x);
		int y0 = (int) Math.floor(y);
		if (x0 < -1 || y0 < -1 || x0 >= width || y0 >= height) {
			return outside;
		}
		double fx = x - x0;
		double fy = y - y0;
		double topLeft = grey(pixels, width, height, x0, y0, outside);
		double topRight = grey(pixels, width, height, x0 + 1, y0, outside);
		double bottomLeft = grey(pixels, width, height, x0, y0 + 1, outside);
		double bottomRight = grey(pixels, width, height, x0 + 1, y0 + 1, outside);
		double upper = topLeft + (topRight - topLeft) * fx;
		double lower = bottomLeft + (bottomRight - bottomLeft) * fx;
		return (int) Math.round(upper + (lower - upper) * fy);
	}

	private static int grey(byte[] pixels, int width, int height, int x, int y, int outside) {
		return (x < 0 || y < 0 || x >= width || y >= height) ? outside : pixels[y * width + x] & 0xFF;
	}

	/**
	 * The grey picture's pixels, row after row: its own buffer, or a copy for a part cut
	 * out of a larger picture.
	 */
	static byte[] pixels(BufferedImage gray) {
		WritableRaster raster = gray.getRaster();
		byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData();
		if (raster.getParent() == null && raster.getSampleModelTranslateX() == 0
				&& raster.getSampleModelTranslateY() == 0 && data.length == gray.getWidth() * gray.getHeight()) {
			return data;
		}
		return (byte[]) raster.getDataElements(0, 0, gray.getWidth(), gray.getHeight(), null);
	}

	/** The sharpest profile found: its angle in degrees and how sharp it is. */
	record Profile(double degrees, double sharpness) {
	}

	/**
	 * A small copy of the picture (each square of {@code factor} × {@code factor} pixels
	 * averaged) and where its print is: the pixels clearly darker than the square around
	 * them, so that a dark table around the receipt or a shadow is not print.
	 */
	static final class Sample {

		final int factor;

		final int width;

		final int height;

		final int[] grey;

		final int[] inkX;

		final int[] inkY;

		private Sample(int factor, int width, int height, int[] grey, int[] inkX, int[] inkY) {
			this.factor = factor;
			this.width = width;
			this.height = height;
			this.grey = grey;
			this.inkX = inkX;
			this.inkY = inkY;
		}

		static Sample of(BufferedImage gray) {
			int width = gray.getWidth();
			int height = gray.getHeight();
			byte[] pixels = pixels(gray);
			int factor = Math.max(1, (int) Math.ceil(Math.sqrt((double) width * height / SAMPLE_PIXELS)));
			int sampleWidth = Math.max(1, width / factor);
			int sampleHeight = Math.max(1, height / factor);
			int[] grey = new int[sampleWidth * sampleHeight];
			for (int sy = 0; sy < sampleHeight; sy++) {
				for (int sx = 0; sx < sampleWidth; sx++) {
					int sum = 0;
					int count = 0;
					for (int y = sy * factor; y < Math.min(height, (sy + 1) * factor); y++) {
						int row = y * width;
						for (int x = sx * factor; x < Math.min(width, (sx + 1) * factor); x++) {
							sum += pixels[row + x] & 0xFF;
							count++;
						}
					}
					grey[sy * sampleWidth + sx] = sum / Math.max(1, count);
				}
			}
			int[] mean = localMean(grey, sampleWidth, sampleHeight, LOCAL_RADIUS);
			// print lies on paper: an edge of a dark table, a scanner's lid or a shadow,
			// where the surroundings are dark, is not print
			int paper = paper(grey);
			boolean[] ink = new boolean[grey.length];
			int inked = 0;
			for (int i = 0; i < grey.length; i++) {
				ink[i] = grey[i] < mean[i] - INK_CONTRAST && mean[i] >= PAPER_SHARE * paper;
				inked += ink[i] ? 1 : 0;
			}
			int[] inkX = new int[inked];
			int[] inkY = new int[inked];
			int next = 0;
			for (int i = 0; i < grey.length; i++) {
				if (ink[i]) {
					inkX[next] = i % sampleWidth;
					inkY[next] = i / sampleWidth;
					next++;
				}
			}
			return new Sample(factor, sampleWidth, sampleHeight, grey, inkX, inkY);
		}

		/**
		 * The same sample with each pixel of print spread {@value #SPREAD} pixels each
		 * way: the narrow gaps between characters close (in a receipt printed in a
		 * fixed-width font they stand in columns, as lines do across), the wider ones
		 * between lines stay.
		 */
		Sample spread() {
			boolean[] ink = new boolean[width * height];
			for (int i = 0; i < inkX.length; i++) {
				for (int y = Math.max(0, inkY[i] - SPREAD); y <= Math.min(height - 1, inkY[i] + SPREAD); y++) {
					for (int x = Math.max(0, inkX[i] - SPREAD); x <= Math.min(width - 1, inkX[i] + SPREAD); x++) {
						ink[y * width + x] = true;
					}
				}
			}
			int inked = 0;
			for (boolean dark : ink) {
				inked += dark ? 1 : 0;
			}
			int[] xs = new int[inked];
			int[] ys = new int[inked];
			int next = 0;
			for (int i = 0; i < ink.length; i++) {
				if (ink[i]) {
					xs[next] = i % width;
					ys[next] = i / width;
					next++;
				}
			}
			return new Sample(factor, width, height, grey, xs, ys);
		}

		int inkCount() {
			return inkX.length;
		}

		/**
		 * The paper's grey: the commonest grey among the lighter half of the picture.
		 */
		int paper() {
			return paper(grey);
		}

		private static int paper(int[] grey) {
			int[] histogram = new int[256];
			for (int value : grey) {
				histogram[value]++;
			}
			int median = 0;
			for (int seen = 0; median < 255 && seen + histogram[median] <= grey.length / 2; median++) {
				seen += histogram[median];
			}
			int best = median;
			int bestCount = -1;
			for (int value = median; value < 256; value++) {
				int count = 0;
				for (int near = Math.max(0, value - 2); near <= Math.min(255, value + 2); near++) {
					count += histogram[near];
				}
				if (count > bestCount) {
					best = value;
					bestCount = count;
				}
			}
			return best;
		}

		/**
		 * The angle within {@value #MAX_SKEW} degrees whose profile across the rows (or
		 * across the columns) is sharpest: half degrees, then tenths about the best.
		 */
		Profile sharpestAngle(boolean columns) {
			double best = 0;
			double bestSharpness = sharpness(0, columns);
			for (double angle = -MAX_SKEW; angle <= MAX_SKEW + 1e-9; angle += 0.5) {
				double sharpness = sharpness(angle, columns);
				if (sharpness > bestSharpness) {
					best = angle;
					bestSharpness = sharpness;
				}
			}
			double coarse = best;
			for (double angle = Math.max(-MAX_SKEW, coarse - 0.4); angle <= Math.min(MAX_SKEW, coarse + 0.4)
					+ 1e-9; angle += 0.1) {
				double sharpness = sharpness(angle, columns);
				if (sharpness > bestSharpness) {
					best = angle;
					bestSharpness = sharpness;
				}
			}
			return new Profile(Math.round(best * 10) / 10.0, bestSharpness);
		}

		/**
		 * How sharp the profile of the print is along lines at {@code angle} degrees
		 * (falling to the right; or, for {@code columns}, lines turned a quarter from
		 * those): the sum of the squared counts, which is largest when the print gathers
		 * on few lines with empty gaps between them.
		 */
		double sharpness(double angle, boolean columns) {
			int[] counts = profile(angle, columns);
			double squares = 0;
			for (int count : counts) {
				squares += (double) count * count;
			}
			return squares;
		}

		/**
		 * How strongly the profile along lines at {@code angle} degrees (as for
		 * {@link #sharpness}) alternates between lines and gaps: its squared differences
		 * from its own mean over {@code 2} {@value #LINE_WINDOW} {@code + 1} positions,
		 * over that mean's squares. Blank stretches and blocks of the layout, wider than
		 * a few lines, do not count.
		 */
		double lineContrast(double angle, boolean columns) {
			int[] counts = profile(angle, columns);
			double alternation = 0;
			double level = 0;
			for (int i = 0; i < counts.length; i++) {
				int from = Math.max(0, i - LINE_WINDOW);
				int to = Math.min(counts.length - 1, i + LINE_WINDOW);
				double sum = 0;
				for (int j = from; j <= to; j++) {
					sum += counts[j];
				}
				double mean = sum / (to - from + 1);
				alternation += (counts[i] - mean) * (counts[i] - mean);
				level += mean * mean;
			}
			return (level > 0) ? alternation / level : 0;
		}

		/**
		 * How many pixels of print lie on each line at {@code angle} degrees (as for
		 * {@link #sharpness}), from the first line with print to the last.
		 */
		int[] profile(double angle, boolean columns) {
			double radians = Math.toRadians(angle);
			double cos = Math.cos(radians);
			double sin = Math.sin(radians);
			// the position across lines running along (cos, sin): -x sin + y cos; across
			// lines running along (-sin, cos): x cos + y sin
			double alongX = columns ? cos : -sin;
			double alongY = columns ? sin : cos;
			int offset = width + height;
			int[] counts = new int[2 * offset + 1];
			int first = counts.length;
			int last = -1;
			for (int i = 0; i < inkX.length; i++) {
				int bin = (int) Math.round(inkX[i] * alongX + inkY[i] * alongY) + offset;
				counts[bin]++;
				first = Math.min(first, bin);
				last = Math.max(last, bin);
			}
			return Arrays.copyOfRange(counts, first, last + 1);
		}

		/**
		 * The mean grey of the square of {@code 2 radius + 1} pixels around each pixel
		 * (cut at the edges).
		 */
		private static int[] localMean(int[] grey, int width, int height, int radius) {
			long[] sums = new long[(width + 1) * (height + 1)];
			for (int y = 0; y < height; y++) {
				long row = 0;
				for (int x = 0; x < width; x++) {
					row += grey[y * width + x];
					sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + row;
				}
			}
			int[] mean = new int[grey.length];
			for (int y = 0; y < height; y++) {
				int y0 = Math.max(0, y - radius);
				int y1 = Math.min(height, y + radius + 1);
				for (int x = 0; x < width; x++) {
					int x0 = Math.max(0, x - radius);
					int x1 = Math.min(width, x + radius + 1);
					long sum = sums[y1 * (width + 1) + x1] - sums[y0 * (width + 1) + x1] - sums[y1 * (width + 1) + x0]
							+ sums[y0 * (width + 1) + x0];
					mean[y * width + x] = (int) (sum / ((long) (x1 - x0) * (y1 - y0)));
				}
			}
			return mean;
		}

	}

	/**
	 * Which way up a picture's text lines are, from the small marks between digits (the
	 * decimal points and commas of the prices, which sit on the baseline; a colon's two
	 * dots cancel out).
	 */
	static final class Baselines {

		private Baselines() {
		}

		/**
		 * Marks between digits low in the line less those high in it: positive when the
		 * picture is the right way up, negative when it is upside down.
		 */
		static int of(BufferedImage gray) {
			List<Blob> blobs = blobs(gray);
			blobs.sort(Comparator.comparingInt(Blob::left));
			int[] lefts = blobs.stream().mapToInt(Blob::left).toArray();
			int votes = 0;
			for (Blob mark : blobs) {
				int size = Math.max(mark.width(), mark.height());
				if (size > 40 || mark.area() < 3 || mark.width() > 2 * mark.height() + 1
						|| 2 * mark.height() > 3 * mark.width() + 2) {
					continue;
				}
				Blob before = neighbour(blobs, lefts, mark, size, true);
				Blob after = neighbour(blobs, lefts, mark, size, false);
				if ((before == null) != (after == null) && mark.area() >= ONE_SIDED_AREA) {
					// a full stop or a comma after a word: one character to go by, so not
					// a
					// speck beside small print
					before = (before != null) ? before : after;
					after = before;
				}
				if (before == null || after == null
						|| Math.abs(before.top() - after.top()) > Math.max(before.height(), after.height()) / 4
						|| Math.abs(before.bottom() - after.bottom()) > Math.max(before.height(), after.height()) / 4) {
					continue;
				}
				double lineTop = (before.top() + after.top()) / 2.0;
				double lineHeight = (before.height() + after.height()) / 2.0;
				if (size > 0.3 * lineHeight) {
					// an apostrophe or a quote, high in the line the right way up
					continue;
				}
				if (!alone(blobs, lefts, mark, (int) Math.round(lineTop), (int) Math.round(lineTop + lineHeight) - 1)) {
					continue;
				}
				double where = ((mark.top() + mark.bottom()) / 2.0 - lineTop) / lineHeight;
				if (where > 0.7) {
					votes++;
				}
				else if (where < 0.3) {
					votes--;
				}
			}
			return votes;
		}

		/**
		 * Whether nothing else is above or below the mark within the line: not a piece of
		 * a broken character, nor one of a colon's dots.
		 */
		private static boolean alone(List<Blob> blobs, int[] lefts, Blob mark, int lineTop, int lineBottom) {
			int from = Arrays.binarySearch(lefts, mark.left() - 64 * Math.max(mark.width(), mark.height()));
			from = (from < 0) ? -from - 1 : from;
			for (int i = Math.max(0, from - 1); i < blobs.size() && lefts[i] <= mark.right() + 1; i++) {
				Blob other = blobs.get(i);
				// shapes taller than two lines (an edge, a logo) span much that they do
				// not cover
				if (other != mark && other.right() >= mark.left() - 1 && other.top() <= lineBottom
						&& other.bottom() >= lineTop && other.height() <= 2 * (lineBottom - lineTop)) {
					return false;
				}
			}
			return true;
		}

		/**
		 * The character next to the mark on one side: two and a half to eight times its
		 * size, beside it within its height, and spanning the mark's height.
		 */
		private static Blob neighbour(List<Blob> blobs, int[] lefts, Blob mark, int size, boolean before) {
			int reach = 8 * size;
			int from = Arrays.binarySearch(lefts, mark.left() - 2 * reach);
			from = (from < 0) ? -from - 1 : from;
			while (from > 0 && lefts[from - 1] >= mark.left() - 2 * reach) {
				from--;
			}
			Blob best = null;
			int bestGap = Integer.MAX_VALUE;
			for (int i = from; i < blobs.size() && lefts[i] <= mark.right() + reach; i++) {
				Blob other = blobs.get(i);
				int height = other.height();
				if (other == mark || height < 2.5 * size || height > 8 * size || other.top() > mark.top()
						|| other.bottom() < mark.bottom()) {
					continue;
				}
				int gap = before ? mark.left() - other.right() : other.left() - mark.right();
				if (gap < 1 || gap > height * 0.8) {
					continue;
				}
				if (gap < bestGap) {
					best = other;
					bestGap = gap;
				}
			}
			return best;
		}

		/**
		 * The connected dark shapes: pixels darker than the mean of the grey picture's
		 * print and paper (Otsu's threshold), joined to their eight neighbours.
		 */
		static List<Blob> blobs(BufferedImage gray) {
			int width = gray.getWidth();
			int height = gray.getHeight();
			byte[] pixels = pixels(gray);
			int threshold = otsu(pixels);
			int[] labels = new int[pixels.length];
			int[] parent = new int[16];
			int next = 1;
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					int i = y * width + x;
					if ((pixels[i] & 0xFF) >= threshold) {
						continue;
					}
					int label = 0;
					int[] neighbours = { (x > 0) ? labels[i - 1] : 0, (y > 0 && x > 0) ? labels[i - width - 1] : 0,
							(y > 0) ? labels[i - width] : 0, (y > 0 && x < width - 1) ? labels[i - width + 1] : 0 };
					for (int neighbour : neighbours) {
						if (neighbour == 0) {
							continue;
						}
						int root = root(parent, neighbour);
						if (label == 0) {
							label = root;
						}
						else if (root != label) {
							parent[Math.max(root, label)] = Math.min(root, label);
							label = Math.min(root, label);
						}
					}
					if (label == 0) {
						if (next == parent.length) {
							parent = Arrays.copyOf(parent, parent.length * 2);
						}
						parent[next] = next;
						label = next++;
					}
					labels[i] = label;
				}
			}
			int[][] boxes = new int[next][];
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					int label = labels[y * width + x];
					if (label == 0) {
						continue;
					}
					int root = root(parent, label);
					int[] box = boxes[root];
					if (box == null) {
						boxes[root] = new int[] { x, y, x, y, 1 };
					}
					else {
						box[0] = Math.min(box[0], x);
						box[1] = Math.min(box[1], y);
						box[2] = Math.max(box[2], x);
						box[3] = Math.max(box[3], y);
						box[4]++;
					}
				}
			}
			List<Blob> blobs = new ArrayList<>();
			for (int[] box : boxes) {
				if (box != null) {
					blobs.add(new Blob(box[0], box[1], box[2], box[3], box[4]));
				}
			}
			return blobs;
		}

		private static int root(int[] parent, int label) {
			int root = label;
			while (parent[root] != root) {
				root = parent[root];
			}
			while (parent[label] != root) {
				int up = parent[label];
				parent[label] = root;
				label = up;
			}
			return root;
		}

		private static int otsu(byte[] pixels) {
			long[] histogram = new long[256];
			for (byte pixel : pixels) {
				histogram[pixel & 0xFF]++;
			}
			long total = pixels.length;
			double sum = 0;
			for (int value = 0; value < 256; value++) {
				sum += (double) value * histogram[value];
			}
			double sumBelow = 0;
			long below = 0;
			double bestSpread = -1;
			int best = 128;
			for (int value = 0; value < 256; value++) {
				below += histogram[value];
				if (below == 0) {
					continue;
				}
				long above = total - below;
				if (above == 0) {
					break;
				}
				sumBelow += (double) value * histogram[value];
				double meanBelow = sumBelow / below;
				double meanAbove = (sum - sumBelow) / above;
				double spread = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
				if (spread > bestSpread) {
					bestSpread = spread;
					best = value + 1;
				}
			}
			return best;
		}

	}

	/**
	 * The least pixels of a mark beside one character only (a full stop after a word)
	 * that is counted.
	 */
	static final int ONE_SIDED_AREA = 6;

	/** A dark shape's box (inclusive) and how many pixels it has. */
	record Blob(int left, int top, int right, int bottom, int area) {

		int width() {
			return right - left + 1;
		}

		int height() {
			return bottom - top + 1;
		}

	}

}
