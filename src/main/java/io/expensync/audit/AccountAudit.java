package io.expensync.audit;

import io.expensync.accounts.AccountChanged;
import io.expensync.accounts.AccountView;
import io.expensync.accounts.DefaultAccountSwitched;
import io.expensync.audit.AuditEvent.Kind;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs the user's accounts opened, changed (name, type) and deleted, and which one is the
 * default. Heard inside the changing database transaction, so the entry is kept exactly
 * when the change is.
 */
@Component
class AccountAudit {

	private final AuditLog log;

	AccountAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void accountChanged(AccountChanged change) {
		AccountView before = change.before();
		AccountView after = change.after();
		if (before == null && after != null) {
			log.record(change.userId(), Kind.ACCOUNT_ADDED,
					"%s (%s), opening balance %s%s".formatted(after.name(), after.type().label(),
							Changes.money(after.openingBalance()), after.isDefault() ? ", the default" : ""));
		}
		else if (before != null && after == null) {
			log.record(change.userId(), Kind.ACCOUNT_DELETED, "%s (%s), balance %s".formatted(before.name(),
					before.type().label(), Changes.money(before.balance())));
		}
		else if (before != null) {
			Changes<AccountView> changes = Changes.between(before, after)
				.field("Name", AccountView::name)
				.field("Type", account -> account.type().label());
			if (!changes.none()) {
				log.record(change.userId(), Kind.ACCOUNT_CHANGED, changes.of(before.name()));
			}
		}
	}

	@EventListener
	void defaultSwitched(DefaultAccountSwitched switched) {
		log.record(switched.userId(), Kind.DEFAULT_ACCOUNT_SWITCHED,
				switched.from().name() + " → " + switched.to().name());
	}

}
