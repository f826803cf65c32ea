package io.expensync.accounts;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.expensync.web.Commands;
import io.expensync.web.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of one user. A user with accounts always has exactly one default: the first
 * account becomes it, switching is one transaction, and deleting the default passes it to
 * the oldest remaining account.
 */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Commands commands;

	private final Clock clock;

	AccountService(AccountRepository accounts, ApplicationEventPublisher events, Commands commands, Clock clock) {
		this.accounts = accounts;
		this.events = events;
		this.commands = commands;
		this.clock = clock;
	}

	/** Oldest first, as people list their accounts. */
	@Transactional(readOnly = true)
	public List<AccountView> list(UUID userId) {
		return accounts.findByUserIdOrderByCreatedAtAscIdAsc(userId).stream().map(Account::view).toList();
	}

	/**
	 * The names of the user's accounts by id, for pages that name the accounts of rows.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> names(UUID userId) {
		return accounts.findByUserIdOrderByCreatedAtAscIdAsc(userId)
			.stream()
			.map(Account::view)
			.collect(Collectors.toMap(AccountView::id, AccountView::name));
	}

	@Transactional(readOnly = true)
	public AccountView get(UUID userId, UUID accountId) {
		return find(userId, accountId).view();
	}

	/**
	 * Opens an account; the user's first becomes their default.
	 * @throws InvalidInputException naming each field that is not valid
	 */
	@Transactional
	public AccountView create(UUID userId, NewAccount draft) {
		commands.valid(draft);
		List<Account> existing = accounts.lockAllOfUser(userId);
		Optional<AccountView> formerDefault = defaultAmong(existing);
		boolean makeDefault = existing.isEmpty() || draft.makeDefault();
		Account account = new Account(userId, draft.name(), draft.type(), draft.opening(), false, clock.instant());
		accounts.saveAndFlush(account);
		if (makeDefault) {
			switchDefault(userId, account.id());
		}
		AccountView created = get(userId, account.id());
		events.publishEvent(new AccountChanged(userId, created.id(), null, created));
		if (makeDefault) {
			formerDefault.ifPresent(from -> events.publishEvent(new DefaultAccountSwitched(userId, from, created)));
		}
		return created;
	}

	/**
	 * Renames and retypes an account.
	 * @throws InvalidInputException naming each field that is not valid
	 */
	@Transactional
	public AccountView update(UUID userId, UUID accountId, AccountChange change) {
		commands.valid(change);
		return change(userId, find(userId, accountId), change);
	}

	/** Changes what the patch names and keeps the rest, as {@link #update}. */
	@Transactional
	public AccountView patch(UUID userId, UUID accountId, AccountPatch patch) {
		Account account = find(userId, accountId);
		return change(userId, account, commands.valid(patch.onto(account.view())));
	}

	private AccountView change(UUID userId, Account account, AccountChange change) {
		UUID accountId = account.id();
		AccountView before = account.view();
		account.rename(change.name(), clock.instant());
		account.changeType(change.type(), clock.instant());
		accounts.flush();
		AccountView after = account.view();
		events.publishEvent(new AccountChanged(userId, accountId, before, after));
		return after;
	}

	/** Makes this the user's one default account, in one transaction. */
	@Transactional
	public AccountView makeDefault(UUID userId, UUID accountId) {
		Optional<AccountView> from = defaultAmong(accounts.lockAllOfUser(userId));
		find(userId, accountId);
		switchDefault(userId, accountId);
		AccountView to = get(userId, accountId);
		from.filter(was -> !was.id().equals(accountId))
			.ifPresent(was -> events.publishEvent(new DefaultAccountSwitched(userId, was, to)));
		return to;
	}

	/**
	 * Deletes the account with its transactions (removed, and the other side of its
	 * transfers reversed, by the listeners of {@link AccountDeleting}). If it was the
	 * default, the oldest remaining account becomes it.
	 * @throws ReconciledTransfersRefused when a transfer with another account is
	 * reconciled there and {@code confirmReconciled} is false; nothing is deleted
	 */
	@Transactional
	public void delete(UUID userId, UUID accountId, boolean confirmReconciled) {
		accounts.lockAllOfUser(userId);
		Account account = find(userId, accountId);
		AccountView gone = account.view();
		events.publishEvent(new AccountDeleting(userId, accountId, confirmReconciled));
		accounts.delete(account);
		accounts.flush();
		events.publishEvent(new AccountChanged(userId, accountId, gone, null));
		if (gone.isDefault()) {
			accounts.findByUserIdOrderByCreatedAtAscIdAsc(userId).stream().findFirst().ifPresent(oldest -> {
				switchDefault(userId, oldest.id());
				events.publishEvent(new DefaultAccountSwitched(userId, gone, get(userId, oldest.id())));
			});
		}
	}

	/**
	 * Locks all the user's accounts, in the order every posting locks them, for a change
	 * that will lock transaction rows before it knows which balances move (a bulk
	 * deletion): accounts before rows, as everywhere, so that it cannot deadlock with a
	 * posting or an account deletion.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockAll(UUID userId) {
		accounts.lockAllOfUser(userId);
	}

	/**
	 * Adds {@code delta} to the balance, and the changes in how many transactions the
	 * account books and receives to its counts, as one relative update in the caller's
	 * transaction, which must also hold the change that causes it.
	 * @throws AccountNotFoundException when the account is not this user's
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void post(UUID userId, UUID accountId, BigDecimal delta, int booked, int received) {
		if (accounts.post(accountId, userId, delta, booked, received, clock.instant()) != 1) {
			throw new AccountNotFoundException(accountId);
		}
	}

	/**
	 * How many transactions the account is on, either side of a transfer included; 0 for
	 * an account that is not the user's. Kept by {@link #post}, not counted.
	 */
	@Transactional(readOnly = true)
	public long transactionCount(UUID userId, UUID accountId) {
		return accounts.rowsOn(accountId, userId).orElse(0L);
	}

	/** How many transactions the user has in all (a transfer once). */
	@Transactional(readOnly = true)
	public long transactionCountOfUser(UUID userId) {
		return accounts.rowsOfUser(userId);
	}

	private void switchDefault(UUID userId, UUID accountId) {
		accounts.clearDefaultExcept(userId, accountId);
		accounts.markDefault(userId, accountId);
	}

	private static Optional<AccountView> defaultAmong(List<Account> all) {
		return all.stream().filter(Account::isDefault).findFirst().map(Account::view);
	}

	private Account find(UUID userId, UUID accountId) {
		return accounts.findByIdAndUserId(accountId, userId).orElseThrow(() -> new AccountNotFoundException(accountId));
	}

}
