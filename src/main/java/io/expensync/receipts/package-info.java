/**
 * Receipt scanning: reads a receipt image or PDF privately on this machine (Tesseract
 * OCR) and extracts merchant, date, total, currency, tax, line items and a suggested
 * category, each with a confidence.
 */
@ApplicationModule(allowedDependencies = { "money" })
@NullMarked
package io.expensync.receipts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
