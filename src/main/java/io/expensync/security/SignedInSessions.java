package io.expensync.security;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.expensync.users.CredentialsChanged;
import io.expensync.security.SessionsEnded.Which;
import io.expensync.users.CredentialsChanged.Change;
import io.expensync.users.CredentialsChanged.SignOut;
import io.expensync.users.UserDeleted;
import io.expensync.users.UserService;
import io.expensync.web.NotFoundException;
import io.expensync.web.Sha256;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.event.EventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The browsers signed in as a user, kept in the database (Spring Session JDBC) and found
 * by the address they signed in with; ending one signs that browser out at its next
 * request. Besides the user's own choice on the sessions page, a change to the account
 * ends them: every one of a deleted user, and after a change to how the user signs in,
 * the others or all (see {@link CredentialsChanged.Change#signOut()}). Without the
 * database store (as in most tests) there is nothing to list or end.
 */
@Component
class SignedInSessions {

	private final @Nullable FindByIndexNameSessionRepository<? extends Session> sessions;

	private final UserService users;

	private final ApplicationEventPublisher events;

	SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, UserService users,
			ApplicationEventPublisher events) {
		this.sessions = sessions.getIfAvailable();
		this.users = users;
		this.events = events;
	}

	/** Whether sessions are kept where they can be listed and ended. */
	boolean listed() {
		return sessions != null;
	}

	/** The user's sessions by id. */
	Map<String, ? extends Session> of(String email) {
		return store().findByPrincipalName(email);
	}

	/**
	 * Signs out the user's session with this handle, never {@code current}.
	 * @throws SessionNotFoundException when it is not another of their sessions
	 */
	void end(UUID userId, String email, String handle, @Nullable String current) {
		String id = of(email).keySet()
			.stream()
			.filter(candidate -> handle(candidate).equals(handle) && !candidate.equals(current))
			.findFirst()
			.orElseThrow(() -> new SessionNotFoundException(handle));
		store().deleteById(id);
		events.publishEvent(SessionsEnded.one(userId));
	}

	/**
	 * Signs out every session of the user but {@code kept} (none when it is null), and
	 * announces how many went, and why (null: the user asked).
	 * @return how many went
	 */
	int endAllBut(UUID userId, String email, @Nullable String kept, @Nullable Change cause) {
		List<String> others = of(email).keySet().stream().filter(id -> !id.equals(kept)).toList();
		others.forEach(store()::deleteById);
		if (!others.isEmpty()) {
			events.publishEvent(new SessionsEnded(userId, (kept != null) ? Which.ALL_BUT_THIS_ONE : Which.EVERY_ONE,
					others.size(), cause));
		}
		return others.size();
	}

	/**
	 * With the change, whoever signed in with the old password or without the new second
	 * step must sign in again; the browser that made the change stays signed in, unless
	 * it was a reset. In the changing transaction: a change that rolls back signs nobody
	 * out, and no second connection is asked for while that transaction holds one.
	 */
	@EventListener
	@Transactional
	void signOutAfter(CredentialsChanged changed) {
		SignOut signOut = changed.change().signOut();
		if (sessions == null || signOut == SignOut.NONE) {
			return;
		}
		String kept = (signOut == SignOut.OTHER_BROWSERS) ? currentId() : null;
		endAllBut(changed.userId(), users.get(changed.userId()).email(), kept, changed.change());
	}

	/**
	 * A deleted account is signed out in every browser at once, in the deleting
	 * transaction.
	 */
	@EventListener
	void signOutEverywhere(UserDeleted deleted) {
		if (sessions != null) {
			List.copyOf(sessions.findByPrincipalName(deleted.email()).keySet()).forEach(sessions::deleteById);
		}
	}

	/** The session of the request this thread serves, if any. */
	static @Nullable String currentId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

	/**
	 * A session's name on the page: a hash of its id, never the id itself, which would
	 * let whoever reads the page take the session over.
	 */
	static String handle(String sessionId) {
		return HexFormat.of().formatHex(Sha256.digest(sessionId.getBytes(StandardCharsets.UTF_8)), 0, 12);
	}

	private FindByIndexNameSessionRepository<? extends Session> store() {
		if (sessions == null) {
			throw new SessionNotFoundException("(sessions are not kept in the database here)");
		}
		return sessions;
	}

	static class SessionNotFoundException extends NotFoundException {

		SessionNotFoundException(String handle) {
			super("Session", handle);
		}

	}

}
