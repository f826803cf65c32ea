/**
 * Reading CSV bank exports of any layout: the delimiter, header, date and number formats
 * and the meaning of each column are proposed from the content, and a proposal the user
 * corrected reads the file the same way.
 */
@NullMarked
package io.expensync.imports.formats.csv;

import org.jspecify.annotations.NullMarked;
