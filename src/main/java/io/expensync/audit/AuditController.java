package io.expensync.audit;

import io.expensync.users.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in user's Security activity page: their latest audit log entries. */
@Controller
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/activity")
	String activity(CurrentUser user, Model model) {
		model.addAttribute("events", log.latest(user.id()));
		return "audit/activity";
	}

}
