/**
 * Receipts: uploaded from the transaction form or the API, kept under the data directory
 * with the transaction they are saved with, and scanned in the background, privately on
 * this machine (Tesseract OCR), for merchant, date, total, currency, tax, line items and
 * a suggested category (learnt from the user's own transactions where it can be), each
 * with a confidence.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "categories", "transactions" })
@NullMarked
package io.expensync.receipts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
