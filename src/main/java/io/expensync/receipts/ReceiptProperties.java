package io.expensync.receipts;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code expensync.receipts.*}: the largest file accepted, and where Tesseract's language
 * data is ({@code tessdata}; found in the usual places when not set) and which language
 * to read.
 */
@ConfigurationProperties("expensync.receipts")
public record ReceiptProperties(@DefaultValue("10MB") DataSize maxSize, @Nullable Path tessdata,
		@DefaultValue("eng") String language) {

	/** The defaults, for use without Spring (the benchmark). */
	public static ReceiptProperties defaults() {
		return new ReceiptProperties(DataSize.ofMegabytes(10), null, "eng");
	}

}
