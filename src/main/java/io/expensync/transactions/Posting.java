package io.expensync.transactions;

import java.math.BigDecimal;

/**
 * What transactions change on one account: its balance by {@code amount}, and how many
 * rows it is on, as the account that books them ({@code booked}: incomes, expenses, the
 * sending side of a transfer) or that receives them ({@code received}: the other side).
 */
record Posting(BigDecimal amount, int booked, int received) {

	static final Posting NONE = new Posting(BigDecimal.ZERO, 0, 0);

	Posting plus(Posting other) {
		return new Posting(amount.add(other.amount), booked + other.booked, received + other.received);
	}

	Posting negate() {
		return new Posting(amount.negate(), -booked, -received);
	}

	boolean changesNothing() {
		return amount.signum() == 0 && booked == 0 && received == 0;
	}

}
