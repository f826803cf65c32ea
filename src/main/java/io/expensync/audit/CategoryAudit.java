package io.expensync.audit;

import java.util.Locale;

import io.expensync.audit.AuditEvent.Kind;
import io.expensync.categories.CategoryChanged;
import io.expensync.categories.CategoryView;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs the categories the user adds and what they change of them, archiving and restoring
 * included. Heard inside the changing database transaction, so the entry is kept exactly
 * when the change is.
 */
@Component
class CategoryAudit {

	private final AuditLog log;

	CategoryAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void categoryChanged(CategoryChanged change) {
		CategoryView before = change.before();
		CategoryView after = change.after();
		if (before == null) {
			log.record(change.userId(), Kind.CATEGORY_ADDED, "%s (%s, colour %s, icon %s)".formatted(after.name(),
					after.type().name().toLowerCase(Locale.ROOT), after.colour(), after.icon()));
			return;
		}
		Changes<CategoryView> changes = Changes.between(before, after)
			.field("Name", CategoryView::name)
			.field("Colour", CategoryView::colour)
			.field("Icon", CategoryView::icon)
			.field("Archived", category -> Changes.yesNo(category.archived()));
		if (!changes.none()) {
			log.record(change.userId(), Kind.CATEGORY_CHANGED, changes.of(before.name()));
		}
	}

}
