package io.expensync.imports.formats;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One {@code !Type:} section of a QIF file: an account's records.
 *
 * @param type the type as the header writes it ({@code Bank}, {@code CCard},
 * {@code Oth A}...)
 * @param line the header's line
 * @param account the account's name from the {@code !Account} block right before the
 * header, if there is one
 * @param records the section's records, added while the file is scanned
 */
record QifSection(String type, int line, @Nullable String account, List<QifRecord> records) {

}
