/**
 * Reading a receipt's fields from its text, whichever reader produced it: the merchant,
 * date, total, tax, currency and line items, each with a confidence
 * ({@link io.expensync.receipts.extraction.ReceiptExtractor}), and the records they are
 * reported in. Pure: no OCR, no I/O.
 */
@NullMarked
package io.expensync.receipts.extraction;

import org.jspecify.annotations.NullMarked;
