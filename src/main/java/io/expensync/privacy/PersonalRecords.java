package io.expensync.privacy;

import io.expensync.apitokens.ApiTokenService;
import io.expensync.audit.AuditLog;
import io.expensync.notifications.Outbox;
import io.expensync.receipts.ReceiptUploads;
import io.expensync.reports.MonthlyReports;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;
import tools.jackson.core.JsonGenerator;

import org.springframework.stereotype.Component;

/**
 * The export's parts about the person: the profile, the monthly reports kept, the
 * receipts' details, the emails written to them, their API tokens (never a secret, which
 * is not kept) and their audit log.
 */
@Component
class PersonalRecords {

	private final UserService users;

	private final MonthlyReports reports;

	private final ReceiptUploads receipts;

	private final Outbox outbox;

	private final AuditLog audit;

	private final ApiTokenService tokens;

	PersonalRecords(UserService users, MonthlyReports reports, ReceiptUploads receipts, Outbox outbox, AuditLog audit,
			ApiTokenService tokens) {
		this.users = users;
		this.reports = reports;
		this.receipts = receipts;
		this.outbox = outbox;
		this.audit = audit;
		this.tokens = tokens;
	}

	void writeProfile(CurrentUser user, JsonGenerator json) {
		json.writePOJOProperty("profile", Exported.Profile.of(users.get(user.id())));
	}

	void writeTheRest(CurrentUser user, JsonGenerator json) {
		json.writeArrayPropertyStart("monthlyReports");
		reports.history(user).forEach(report -> json.writePOJO(Exported.Report.of(report)));
		json.writeEndArray();
		json.writeArrayPropertyStart("receipts");
		receipts.all(user.id()).forEach(receipt -> json.writePOJO(Exported.Receipt.of(receipt)));
		json.writeEndArray();
		json.writeArrayPropertyStart("emails");
		outbox.sentTo(user.id()).forEach(email -> json.writePOJO(Exported.Email.of(email)));
		json.writeEndArray();
		json.writeArrayPropertyStart("apiTokens");
		tokens.list(user.id()).forEach(token -> json.writePOJO(Exported.ApiToken.of(token)));
		json.writeEndArray();
		json.writeArrayPropertyStart("auditLog");
		audit.forEachOf(user.id(), entry -> json.writePOJO(Exported.AuditEntry.of(entry)));
		json.writeEndArray();
	}

}
