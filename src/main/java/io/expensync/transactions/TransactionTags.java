package io.expensync.transactions;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.expensync.web.InvalidInputException;
import io.expensync.web.InvalidInputException.Problem;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's tags as a whole: which there are and how often each is used (the suggestions
 * while typing, the tags page), and renaming or removing one on every transaction at
 * once. A rename or removal first locks the user's accounts, as every change of a
 * transaction's amount does, and counts as a change of each transaction it touches (its
 * version moves on), so an edit that read the old tags fails instead of bringing them
 * back.
 */
@Service
public class TransactionTags {

	/** A tag and how many of the user's transactions carry it. */
	public record TagUse(String tag, long transactions) {
	}

	private final JdbcTemplate jdbc;

	private final Ledger ledger;

	private final Clock clock;

	TransactionTags(JdbcTemplate jdbc, Ledger ledger, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** Every tag of the user, most used first, then by name. */
	@Transactional(readOnly = true)
	public List<TagUse> list(UUID userId) {
		return jdbc.query("""
				select g.tag, count(*) from transaction_tags g join transactions t on t.id = g.transaction_id
				where t.user_id = ? group by g.tag order by count(*) desc, g.tag""",
				(rs, row) -> new TagUse(rs.getString(1), rs.getLong(2)), userId);
	}

	/**
	 * Renames the tag on every transaction that carries it; one that already carries the
	 * new name keeps it once.
	 * @return the tag under its new name, with how many transactions carry it now
	 * @throws InvalidInputException when the new name is no tag
	 * @throws TagNotFoundException when no transaction carries the tag
	 */
	@Transactional
	public TagUse rename(UUID userId, String tag, @Nullable String newName) {
		String from = existing(userId, tag);
		String to = Tags.normalised(newName);
		String problem = (to == null) ? "Enter the tag's new name" : Tags.problem(to);
		if (problem != null || to == null) {
			throw new InvalidInputException(List.of(new Problem("name", problem)));
		}
		ledger.lockAccounts(userId);
		touch(userId, from);
		if (!to.equals(from)) {
			jdbc.update(
					"""
							delete from transaction_tags d where d.tag = ?
							and exists (select 1 from transaction_tags o where o.transaction_id = d.transaction_id and o.tag = ?)
							and d.transaction_id in (select t.id from transactions t where t.user_id = ?)""",
					from, to, userId);
			jdbc.update("""
					update transaction_tags set tag = ?
					where tag = ? and transaction_id in (select t.id from transactions t where t.user_id = ?)""", to,
					from, userId);
		}
		return new TagUse(to, carried(userId, to));
	}

	/**
	 * Takes the tag off every transaction that carries it.
	 * @return how many transactions carried it
	 * @throws TagNotFoundException when none does
	 */
	@Transactional
	public int delete(UUID userId, String tag) {
		String gone = existing(userId, tag);
		ledger.lockAccounts(userId);
		int touched = touch(userId, gone);
		jdbc.update("""
				delete from transaction_tags
				where tag = ? and transaction_id in (select t.id from transactions t where t.user_id = ?)""", gone,
				userId);
		return touched;
	}

	private String existing(UUID userId, String tag) {
		String normal = Tags.normalised(tag);
		if (normal == null || carried(userId, normal) == 0) {
			throw new TagNotFoundException(tag);
		}
		return normal;
	}

	/** How many of the user's transactions carry the tag. */
	private long carried(UUID userId, String tag) {
		Long carried = jdbc.queryForObject("""
				select count(*) from transaction_tags g join transactions t on t.id = g.transaction_id
				where t.user_id = ? and g.tag = ?""", Long.class, userId, tag);
		return (carried != null) ? carried : 0;
	}

	/** Moves on the version of every transaction of the user carrying the tag. */
	private int touch(UUID userId, String tag) {
		return jdbc.update("""
				update transactions set version = version + 1, updated_at = ?
				where user_id = ? and id in (select g.transaction_id from transaction_tags g where g.tag = ?)""",
				Timestamp.from(clock.instant()), userId, tag);
	}

}
