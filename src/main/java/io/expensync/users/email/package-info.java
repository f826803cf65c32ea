/**
 * The links sent by email to confirm an address or reset a forgotten password: their
 * tokens, stored only as hashes, and the pages they open.
 */
@NullMarked
package io.expensync.users.email;

import org.jspecify.annotations.NullMarked;
