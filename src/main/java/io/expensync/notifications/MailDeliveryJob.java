package io.expensync.notifications;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Empties the outbox every half minute while there is something due (and SMTP is
 * configured).
 */
@Component
class MailDeliveryJob {

	private final MailDelivery delivery;

	MailDeliveryJob(MailDelivery delivery) {
		this.delivery = delivery;
	}

	@Scheduled(initialDelayString = "${expensync.mail.first-run:PT15S}",
			fixedDelayString = "${expensync.mail.every:PT30S}")
	void run() {
		int sent;
		do {
			// a full batch may mean more are due
			sent = delivery.enabled() ? delivery.deliverDue() : 0;
		}
		while (sent > 0);
	}

}
