package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transactional call that loses a deadlock is made again, at most three times in all,
 * and only where it starts its transaction; other failures are not repeated.
 */
class DeadlockRetryTests {

	/** Fails as often as told, then answers. */
	static class Changes {

		final AtomicInteger calls = new AtomicInteger();

		int failures;

		RuntimeException failure = new CannotAcquireLockException("deadlock detected");

		@Transactional
		public String change() {
			if (calls.incrementAndGet() <= failures) {
				throw failure;
			}
			return "done";
		}

		public String notTransactional() {
			calls.incrementAndGet();
			throw failure;
		}

	}

	private final Changes target = new Changes();

	private final Changes proxy = proxy(target);

	@AfterEach
	void noTransaction() {
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	@Test
	void aLostDeadlockIsTriedAgain() {
		target.failures = 2;
		assertThat(proxy.change()).isEqualTo("done");
		assertThat(target.calls).hasValue(3);
	}

	@Test
	void afterThreeLostOnesTheFailureIsThrown() {
		target.failures = 3;
		assertThatExceptionOfType(CannotAcquireLockException.class).isThrownBy(proxy::change);
		assertThat(target.calls).hasValue(DeadlockRetry.ATTEMPTS);
	}

	@Test
	void aCallThatJoinsATransactionIsNotRepeated() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		target.failures = 1;
		assertThatExceptionOfType(CannotAcquireLockException.class).isThrownBy(proxy::change);
		assertThat(target.calls).hasValue(1);
	}

	@Test
	void aConflictingChangeOrAMethodWithoutTransactionIsNotRepeated() {
		target.failures = 1;
		target.failure = new OptimisticLockingFailureException("changed meanwhile");
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(proxy::change);
		assertThat(target.calls).hasValue(1);

		target.failure = new CannotAcquireLockException("deadlock detected");
		assertThatExceptionOfType(CannotAcquireLockException.class).isThrownBy(proxy::notTransactional);
		assertThat(target.calls).hasValue(2);
	}

	private static Changes proxy(Changes target) {
		ProxyFactory factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		factory.addAdvisor(DeadlockRetry.deadlockRetryAdvisor());
		return (Changes) factory.getProxy();
	}

}
