package io.expensync.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.expensync.receipts.ReceiptUploads;
import io.expensync.receipts.ReceiptView;
import io.expensync.users.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The export with the receipt files: a ZIP holding {@code data.json} and each receipt as
 * {@code receipts/<id>-<file name>}, written as it goes, one file in memory at a time.
 */
@Component
class ZipExport {

	private static final Logger log = LoggerFactory.getLogger(ZipExport.class);

	private final DataExport data;

	private final ReceiptUploads receipts;

	ZipExport(DataExport data, ReceiptUploads receipts) {
		this.data = data;
		this.receipts = receipts;
	}

	void write(CurrentUser user, OutputStream out) {
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("data.json"));
			data.write(user, zip);
			zip.closeEntry();
			for (ReceiptUploads.DigestedReceipt digested : receipts.all(user.id())) {
				ReceiptView receipt = digested.receipt();
				byte[] content;
				try {
					content = receipts.file(user.id(), receipt.id()).content();
				}
				catch (UncheckedIOException ex) {
					// its row says what it was; data.json lists it with its checksum
					log.warn("Receipt file {} is missing; exported without it", receipt.id());
					continue;
				}
				zip.putNextEntry(new ZipEntry("receipts/" + receipt.id() + "-" + safe(receipt.fileName())));
				zip.write(content);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file name without folders or control characters. */
	static String safe(String fileName) {
		String name = fileName.replaceAll("[\\p{Cntrl}/\\\\:]", "_").strip();
		return name.isEmpty() || name.startsWith(".") ? "receipt" + name : name;
	}

}
