/**
 * For administrators: the installation's users and whether anyone may sign up, as a page
 * and in the API.
 */
@NullMarked
package io.expensync.users.admin;

import org.jspecify.annotations.NullMarked;
