package io.expensync.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.expensync.users.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The user's signed-in sessions (browsers and devices), newest first, with where and when
 * each was signed in and last used; ending one signs that browser out at its next
 * request. Sessions are named by a hash of their id (see
 * {@link SignedInSessions#handle}).
 */
@Controller
class SessionsController {

	/** One session as the page shows it. */
	record SignedIn(String handle, String browser, String address, @Nullable Instant signedInAt, Instant lastUsedAt,
			boolean current) {
	}

	private final SignedInSessions sessions;

	SessionsController(SignedInSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/sessions")
	String list(CurrentUser user, Model model) {
		model.addAttribute("listed", sessions.listed());
		model.addAttribute("sessions", sessions.listed() ? signedIn(user) : List.of());
		return "security/sessions";
	}

	@PostMapping("/sessions/{handle}/end")
	String end(CurrentUser user, @PathVariable String handle, RedirectAttributes redirect) {
		sessions.end(user.id(), user.email(), handle, SignedInSessions.currentId());
		redirect.addFlashAttribute("success", "That session was signed out.");
		return "redirect:/sessions";
	}

	@PostMapping("/sessions/end-others")
	String endOthers(CurrentUser user, RedirectAttributes redirect) {
		int ended = sessions.endAllBut(user.id(), user.email(), SignedInSessions.currentId(), null);
		redirect.addFlashAttribute("success",
				ended == 0 ? "There were no other sessions." : ended + " other session(s) signed out.");
		return "redirect:/sessions";
	}

	private List<SignedIn> signedIn(CurrentUser user) {
		String current = SignedInSessions.currentId();
		return sessions.of(user.email()).entrySet().stream().map(entry -> {
			SessionDetails.Details details = entry.getValue().getAttribute(SessionDetails.ATTRIBUTE);
			return new SignedIn(SignedInSessions.handle(entry.getKey()),
					details != null ? details.browser() : "Unknown browser", details != null ? details.address() : "",
					details != null ? details.signedInAt() : null, entry.getValue().getLastAccessedTime(),
					entry.getKey().equals(current));
		})
			.sorted(Comparator.comparing(SignedIn::current)
				.reversed()
				.thenComparing(SignedIn::lastUsedAt, Comparator.reverseOrder()))
			.toList();
	}

}
