/**
 * Optical character recognition on this machine: Tesseract through Tess4J, and the image
 * preparation that helps it.
 */
@NullMarked
package io.expensync.receipts.ocr;

import org.jspecify.annotations.NullMarked;
