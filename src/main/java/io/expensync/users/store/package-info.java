/**
 * The stored user: the {@code User} entity and its repository, shared by the module's
 * parts and internal to it.
 */
@NullMarked
package io.expensync.users.store;

import org.jspecify.annotations.NullMarked;
