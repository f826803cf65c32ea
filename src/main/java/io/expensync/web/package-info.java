/**
 * The web shell: layout, the one error advice, not-found and field errors, paging, money
 * formatting, and telling htmx's requests from plain ones.
 */
@ApplicationModule(allowedDependencies = { "money" })
@NullMarked
package io.expensync.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
