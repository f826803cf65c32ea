/**
 * Who may do what: the filter chains for pages (session, form sign-in) and the API (HTTP
 * Basic, or a personal API token as a bearer token).
 */
@ApplicationModule(allowedDependencies = { "users", "web", "apitokens" })
@NullMarked
package io.expensync.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
