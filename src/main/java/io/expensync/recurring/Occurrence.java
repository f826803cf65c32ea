package io.expensync.recurring;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * One booked occurrence of a schedule. Its key (schedule, date) is the database's
 * guarantee that an occurrence is booked once, whatever retries, overlapping runs or
 * second nodes do.
 */
@Entity
@Table(name = "recurring_occurrences")
@IdClass(Occurrence.Key.class)
class Occurrence implements Persistable<Occurrence.Key> {

	record Key(UUID ruleId, LocalDate date) implements Serializable {
	}

	@Id
	@Column(name = "rule_id")
	private UUID ruleId;

	@Id
	@Column(name = "occurrence_date")
	private LocalDate date;

	@Column(name = "transaction_id")
	private @Nullable UUID transactionId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/**
	 * Whether the user has heard of it: false for what the job booked until summarised.
	 */
	@Column(nullable = false)
	private boolean told = true;

	/**
	 * New occurrences are always inserted, never merged, so a second booking of one fails
	 * on the key.
	 */
	@Transient
	private boolean inserting;

	protected Occurrence() {
	}

	Occurrence(UUID ruleId, LocalDate date, Instant now) {
		this.ruleId = ruleId;
		this.date = date;
		this.createdAt = now;
		this.inserting = true;
	}

	void bookedAs(UUID transaction) {
		this.transactionId = transaction;
	}

	/** Booked by the job, not the user: goes into the next daily summary. */
	void toTell() {
		this.told = false;
	}

	void told() {
		this.told = true;
	}

	@Override
	public Key getId() {
		return new Key(ruleId, date);
	}

	@Override
	public boolean isNew() {
		return inserting;
	}

	@PostPersist
	@PostLoad
	void stored() {
		this.inserting = false;
	}

	LocalDate date() {
		return date;
	}

	@Nullable UUID transactionId() {
		return transactionId;
	}

}
