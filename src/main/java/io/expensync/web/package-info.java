/**
 * The web shell: layout, the one error advice, not-found and field errors, paging and
 * money formatting.
 */
@ApplicationModule(allowedDependencies = { "money" })
@NullMarked
package io.expensync.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
