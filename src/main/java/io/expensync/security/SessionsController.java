package io.expensync.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.expensync.audit.AuditEvent.Kind;
import io.expensync.audit.AuditLog;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserDeleted;
import io.expensync.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The user's signed-in sessions (browsers and devices), newest first, with where and when
 * each was signed in and last used; ending one signs that browser out at its next
 * request. Sessions are named by a hash of their id, never by the id itself, which would
 * let whoever reads the page take the session over.
 */
@Controller
class SessionsController {

	/** One session as the page shows it. */
	record SignedIn(String handle, String browser, String address, @Nullable Instant signedInAt, Instant lastUsedAt,
			boolean current) {
	}

	private final @Nullable FindByIndexNameSessionRepository<? extends Session> sessions;

	/**
	 * The app keeps sessions in the database (Spring Session JDBC); without that store
	 * (as in most tests) there is nothing to list or end, and the page says so.
	 */
	private final AuditLog audit;

	SessionsController(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, AuditLog audit) {
		this.sessions = sessions.getIfAvailable();
		this.audit = audit;
	}

	@GetMapping("/sessions")
	String list(CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("listed", sessions != null);
		model.addAttribute("sessions", (sessions != null) ? signedIn(user, request) : List.of());
		return "security/sessions";
	}

	@PostMapping("/sessions/{handle}/end")
	String end(CurrentUser user, @PathVariable String handle, HttpServletRequest request, RedirectAttributes redirect) {
		String current = currentId(request);
		Map<String, ? extends Session> mine = store().findByPrincipalName(user.email());
		String id = mine.keySet()
			.stream()
			.filter(candidate -> handle(candidate).equals(handle) && !candidate.equals(current))
			.findFirst()
			.orElseThrow(() -> new SessionNotFoundException(handle));
		store().deleteById(id);
		audit.record(user.id(), Kind.SESSION_ENDED, null);
		redirect.addFlashAttribute("success", "That session was signed out.");
		return "redirect:/sessions";
	}

	@PostMapping("/sessions/end-others")
	String endOthers(CurrentUser user, HttpServletRequest request, RedirectAttributes redirect) {
		String current = currentId(request);
		List<String> others = store().findByPrincipalName(user.email())
			.keySet()
			.stream()
			.filter(id -> !id.equals(current))
			.toList();
		others.forEach(store()::deleteById);
		long ended = others.size();
		if (ended > 0) {
			audit.record(user.id(), Kind.SESSION_ENDED, "%d browser(s), all but this one".formatted(ended));
		}
		redirect.addFlashAttribute("success",
				ended == 0 ? "There were no other sessions." : ended + " other session(s) signed out.");
		return "redirect:/sessions";
	}

	/** A deleted account is signed out in every browser at once. */
	@TransactionalEventListener
	void signOutEverywhere(UserDeleted deleted) {
		if (sessions != null) {
			List.copyOf(sessions.findByPrincipalName(deleted.email()).keySet()).forEach(sessions::deleteById);
		}
	}

	private List<SignedIn> signedIn(CurrentUser user, HttpServletRequest request) {
		String current = currentId(request);
		return store().findByPrincipalName(user.email()).entrySet().stream().map(entry -> {
			SessionDetails.Details details = entry.getValue().getAttribute(SessionDetails.ATTRIBUTE);
			return new SignedIn(handle(entry.getKey()), details != null ? details.browser() : "Unknown browser",
					details != null ? details.address() : "", details != null ? details.signedInAt() : null,
					entry.getValue().getLastAccessedTime(), entry.getKey().equals(current));
		})
			.sorted(Comparator.comparing(SignedIn::current)
				.reversed()
				.thenComparing(SignedIn::lastUsedAt, Comparator.reverseOrder()))
			.toList();
	}

	private FindByIndexNameSessionRepository<? extends Session> store() {
		if (sessions == null) {
			throw new SessionNotFoundException("(sessions are not kept in the database here)");
		}
		return sessions;
	}

	private static @Nullable String currentId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null) ? session.getId() : null;
	}

	static String handle(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static class SessionNotFoundException extends NotFoundException {

		SessionNotFoundException(String handle) {
			super("Session", handle);
		}

	}

}
