package io.expensync.imports.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.jspecify.annotations.Nullable;

/**
 * A statement file's text and the encoding it was written in, found from its bytes: never
 * from the file's name, and from what the file declares only where the bytes leave the
 * choice open.
 *
 * <p>
 * In order: a byte-order mark; UTF-16 without one (every other byte zero); bytes that are
 * valid UTF-8 (a Latin-1 or Windows text almost never is, once it holds one accented
 * letter); the encoding the file declares (an XML prolog, an OFX 1.x {@code CHARSET}
 * header); otherwise ICU's statistical detector, which tells Windows-1250 (Czech, Polish,
 * Hungarian) from Windows-1252 and Latin-1 by the letters that occur together.
 *
 * @param text the decoded text, without a byte-order mark
 * @param encoding the encoding it was decoded from
 */
public record StatementText(String text, Charset encoding) {

	private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)");

	/** Encodings a bank export is written in besides Unicode, as ICU names them. */
	private static final Set<String> SINGLE_BYTE = Set.of("ISO-8859-1", "ISO-8859-2", "ISO-8859-5", "ISO-8859-6",
			"ISO-8859-7", "ISO-8859-8", "ISO-8859-9", "windows-1250", "windows-1251", "windows-1252", "windows-1253",
			"windows-1254", "windows-1255", "windows-1256", "KOI8-R");

	/**
	 * Encodings for Chinese, Japanese and Korean, which ICU tells apart from each other.
	 */
	private static final Set<String> MULTI_BYTE = Set.of("Shift_JIS", "EUC-JP", "GB18030", "Big5", "EUC-KR");

	/**
	 * Decodes a statement file.
	 * @param content the file's bytes
	 * @param declared the encoding the file declares, if a reader found one in its head
	 * @return the text and the encoding used
	 * @throws BadFileException when the bytes are not text in any encoding tried (a PDF,
	 * a spreadsheet, a picture)
	 */
	public static StatementText decode(byte[] content, @Nullable Charset declared) {
		refuseBinary(content);
		StatementText marked = byteOrderMark(content);
		if (marked != null) {
			return marked;
		}
		Charset utf16 = utf16WithoutMark(content);
		if (utf16 != null) {
			return new StatementText(new String(content, utf16), utf16);
		}
		String utf8 = strictly(content, StandardCharsets.UTF_8);
		if (utf8 != null) {
			return new StatementText(utf8, StandardCharsets.UTF_8);
		}
		if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
			String text = strictly(content, declared);
			if (text != null) {
				return new StatementText(text, declared);
			}
		}
		Charset guessed = guess(content);
		return new StatementText(new String(content, guessed), guessed);
	}

	/** Decodes with the encoding the file declares in its head, if any. */
	public static StatementText decode(byte[] content) {
		return decode(content, declaredIn(content));
	}

	/**
	 * The encoding a file names in its first bytes: an XML prolog's {@code encoding}, or
	 * an OFX 1.x header's {@code CHARSET} (a Windows code page number) or
	 * {@code ENCODING}.
	 */
	static @Nullable Charset declaredIn(byte[] content) {
		byte[] head = Arrays.copyOf(content, Math.min(content.length, 1024));
		Matcher xml = XML_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
		if (!xml.find()) {
			return OfxReader.declaredCharset(head).orElse(null);
		}
		try {
			return Charset.forName(xml.group(1));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void refuseBinary(byte[] content) {
		String kind = null;
		if (starts(content, "%PDF")) {
			kind = "a PDF document";
		}
		else if (starts(content, "PK\u0003\u0004")) {
			kind = "a ZIP archive or an Excel workbook";
		}
		else if (content.length >= 8 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF) {
			kind = "an old Excel or Word file";
		}
		else if (starts(content, "\u0089PNG")
				|| (content.length > 2 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xD8)) {
			kind = "a picture";
		}
		if (kind != null) {
			throw new BadFileException(0,
					"This is " + kind + ", not a statement. Export the statement from your bank as CSV, OFX, QIF or"
							+ " CAMT and upload that.");
		}
	}

	private static boolean starts(byte[] content, String magic) {
		byte[] bytes = magic.getBytes(StandardCharsets.ISO_8859_1);
		return content.length >= bytes.length && Arrays.equals(content, 0, bytes.length, bytes, 0, bytes.length);
	}

	private static @Nullable StatementText byteOrderMark(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
				&& (content[2] & 0xff) == 0xBF) {
			return new StatementText(new String(content, 3, content.length - 3, StandardCharsets.UTF_8),
					StandardCharsets.UTF_8);
		}
		if (content.length >= 2 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE) {
			return new StatementText(new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE),
					StandardCharsets.UTF_16LE);
		}
		if (content.length >= 2 && (content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF) {
			return new StatementText(new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE),
					StandardCharsets.UTF_16BE);
		}
		return null;
	}

	/**
	 * UTF-16 without a mark: Latin text there has a zero byte beside nearly every letter.
	 */
	private static @Nullable Charset utf16WithoutMark(byte[] content) {
		int pairs = Math.min(content.length / 2, 2048);
		if (pairs < 2) {
			return null;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < pairs; i++) {
			evenZeros += (content[2 * i] == 0) ? 1 : 0;
			oddZeros += (content[2 * i + 1] == 0) ? 1 : 0;
		}
		if (oddZeros > pairs * 0.7 && evenZeros < pairs * 0.1) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZeros > pairs * 0.7 && oddZeros < pairs * 0.1) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static @Nullable String strictly(byte[] content, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * ICU's best guess among the encodings bank exports use. Latin-1 becomes Windows-1252
	 * (the same letters, and the Windows one also has the euro sign and typographic
	 * quotes where Latin-1 has control codes), and Latin-2 becomes Windows-1250 unless a
	 * byte reads differently in the two.
	 */
	private static Charset guess(byte[] content) {
		CharsetDetector detector = new CharsetDetector();
		detector.setText(content);
		for (CharsetMatch match : detector.detectAll()) {
			String name = match.getName();
			if (!SINGLE_BYTE.contains(name) && !MULTI_BYTE.contains(name)) {
				continue;
			}
			if (name.equals("ISO-8859-1")) {
				return onlyControlsDiffer(content) ? StandardCharsets.ISO_8859_1 : WINDOWS_1252;
			}
			if (name.equals("ISO-8859-2")) {
				Charset latin2 = Charset.forName("ISO-8859-2");
				return new String(content, latin2).equals(new String(content, WINDOWS_1250)) ? WINDOWS_1250 : latin2;
			}
			if (Charset.isSupported(name)) {
				return Charset.forName(name);
			}
		}
		return WINDOWS_1252;
	}

	/**
	 * Whether the text has no byte in 0x80–0x9F, where Latin-1 and Windows-1252 differ.
	 */
	private static boolean onlyControlsDiffer(byte[] content) {
		for (byte b : content) {
			int value = b & 0xff;
			if (value >= 0x80 && value <= 0x9F) {
				return false;
			}
		}
		return true;
	}

}
