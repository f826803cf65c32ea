/**
 * Reading statement files: the text encoding and the format found from the content, and
 * one reader per format that turns a file into
 * {@link io.expensync.imports.formats.Statement}s or names the line that is wrong.
 */
@NullMarked
package io.expensync.imports.formats;

import org.jspecify.annotations.NullMarked;
