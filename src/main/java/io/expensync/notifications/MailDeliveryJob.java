package io.expensync.notifications;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

/**
 * Empties the outbox every half minute while there is something due (and SMTP is
 * configured).
 */
@Component
public class MailDeliveryJob {

	private final MailDelivery delivery;

	private final Outbox outbox;

	MailDeliveryJob(MailDelivery delivery, Outbox outbox) {
		this.delivery = delivery;
		this.outbox = outbox;
	}

	/**
	 * Removes the one-time links from emails that were never delivered (no SMTP, or it
	 * kept failing) once the links have expired.
	 */
	@Recurring(id = "outbox-forget-links", interval = "PT1H")
	@Job(name = "Remove expired one-time links from the outbox", retries = 1)
	public void forgetExpiredLinks() {
		outbox.forgetExpiredLinks();
	}

	@Recurring(id = "mail-delivery", interval = "${expensync.mail.every:PT30S}")
	@Job(name = "Deliver due emails", retries = 0)
	public void run() {
		int sent;
		do {
			// a full batch may mean more are due
			sent = delivery.enabled() ? delivery.deliverDue() : 0;
		}
		while (sent > 0);
	}

}
