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

	MailDeliveryJob(MailDelivery delivery) {
		this.delivery = delivery;
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
