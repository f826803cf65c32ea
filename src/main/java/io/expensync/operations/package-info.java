/** What administrators look at to run the installation: the background jobs. */
@ApplicationModule(allowedDependencies = { "web", "users" })
@NullMarked
package io.expensync.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
