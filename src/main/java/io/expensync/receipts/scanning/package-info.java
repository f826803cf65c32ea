/**
 * Scanning one receipt file: telling its type by its content and turning it into one
 * image ({@link io.expensync.receipts.scanning.ReceiptFormat}; a PDF's first page drawn
 * within a time limit), then reading it with Tesseract ({@code receipts.ocr}) or a vision
 * model ({@code receipts.ai}) and extracting its fields ({@code receipts.extraction}):
 * {@link io.expensync.receipts.scanning.ReceiptScanner}. Uploads are put in line for it
 * by the module's {@code ReceiptScanQueue}.
 */
@NullMarked
package io.expensync.receipts.scanning;

import org.jspecify.annotations.NullMarked;
