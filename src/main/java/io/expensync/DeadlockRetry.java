package io.expensync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.PessimisticLockException;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a database transaction again, up to {@value #ATTEMPTS} times in all, when the
 * database chose it as the victim of a deadlock or it could not get a lock in time (a
 * {@link PessimisticLockingFailureException}, or JPA's own exception where a query
 * bypassed Spring's translation), as PostgreSQL's documentation asks of applications.
 * Changes lock accounts before transaction rows (see TransactionService), which makes
 * deadlocks rare; the few left (a schedule's catch-up holding its rule while a deletion
 * of its account waits for it, for one) are repeated here rather than shown as errors.
 * The rolled-back attempt left nothing behind: balances, rows, the audit log, the email
 * outbox and the event publications all live in that transaction.
 *
 * <p>
 * Only the outermost transactional call is repeated (a call that joins a transaction
 * cannot start it again); a change a user made conflicting with another (optimistic
 * locking) is not repeated but answered with a conflict, as before.
 */
@Configuration(proxyBeanMethods = false)
class DeadlockRetry {

	static final int ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor deadlockRetryAdvisor() {
		ComposablePointcut transactional = new ComposablePointcut(
				AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
			.union(new AnnotationMatchingPointcut(Transactional.class, true));
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, new Interceptor());
		// outside the transaction interceptor (which has the lowest precedence)
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	static final class Interceptor implements MethodInterceptor {

		@Override
		public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
			if (TransactionSynchronizationManager.isActualTransactionActive()
					|| !(invocation instanceof ProxyMethodInvocation proxied)) {
				return invocation.proceed();
			}
			for (int attempt = 1;; attempt++) {
				try {
					// a fresh copy each time: the same invocation would skip the
					// interceptors it passed, the transaction's among them
					return proxied.invocableClone().proceed();
				}
				catch (PessimisticLockingFailureException | PessimisticLockException ex) {
					if (attempt >= ATTEMPTS) {
						throw ex;
					}
					// the database's own words name the rows and the other transaction
					log.info("{} lost a lock to another transaction; trying again: {}", invocation.getMethod(),
							NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
					Thread.sleep(backoff(attempt).toMillis());
				}
			}
		}

		/**
		 * A few milliseconds, growing and random, so the two do not meet again at once.
		 */
		private static Duration backoff(int attempt) {
			return Duration.ofMillis(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
		}

	}

}
