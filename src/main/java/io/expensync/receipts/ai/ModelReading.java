package io.expensync.receipts.ai;

import io.expensync.receipts.extraction.ReceiptFields;

/**
 * A receipt as a vision model read it: its answer (capped, for display) and the fields
 * that passed the checks.
 */
public record ModelReading(String reply, ReceiptFields fields) {

}
