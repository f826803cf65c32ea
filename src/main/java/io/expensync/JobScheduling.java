package io.expensync;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the periodic jobs (recurring occurrences, the budget alert sweep) unless
 * {@code expensync.jobs.enabled=false}; tests call the jobs themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "expensync.jobs.enabled", matchIfMissing = true)
class JobScheduling {

}
