/**
 * Who may do what: the filter chains for pages (session, form sign-in) and the API (HTTP
 * Basic).
 */
@ApplicationModule(allowedDependencies = { "users", "web", "audit" })
@NullMarked
package io.expensync.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
