package io.expensync.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.expensync.users.CurrentUser;
import io.expensync.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
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

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionsController(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/sessions")
	String list(CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("sessions", signedIn(user, request));
		return "security/sessions";
	}

	@PostMapping("/sessions/{handle}/end")
	String end(CurrentUser user, @PathVariable String handle, HttpServletRequest request, RedirectAttributes redirect) {
		String current = currentId(request);
		Map<String, ? extends Session> mine = sessions.findByPrincipalName(user.email());
		String id = mine.keySet()
			.stream()
			.filter(candidate -> handle(candidate).equals(handle) && !candidate.equals(current))
			.findFirst()
			.orElseThrow(() -> new SessionNotFoundException(handle));
		sessions.deleteById(id);
		redirect.addFlashAttribute("success", "That session was signed out.");
		return "redirect:/sessions";
	}

	@PostMapping("/sessions/end-others")
	String endOthers(CurrentUser user, HttpServletRequest request, RedirectAttributes redirect) {
		String current = currentId(request);
		long ended = sessions.findByPrincipalName(user.email())
			.keySet()
			.stream()
			.filter(id -> !id.equals(current))
			.peek(sessions::deleteById)
			.count();
		redirect.addFlashAttribute("success",
				ended == 0 ? "There were no other sessions." : ended + " other session(s) signed out.");
		return "redirect:/sessions";
	}

	private List<SignedIn> signedIn(CurrentUser user, HttpServletRequest request) {
		String current = currentId(request);
		return sessions.findByPrincipalName(user.email()).entrySet().stream().map(entry -> {
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
