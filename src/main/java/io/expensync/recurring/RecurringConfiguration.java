package io.expensync.recurring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the occurrence job on a schedule unless {@code expensync.recurring.enabled=false}
 * (tests run it directly).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "expensync.recurring.enabled", matchIfMissing = true)
class RecurringConfiguration {

}
