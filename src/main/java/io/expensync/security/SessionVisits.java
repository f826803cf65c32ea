package io.expensync.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions kept in the database, with the time of a session's last request written at
 * most once a minute. Spring Session marks a session changed at every request, for its
 * last-access time alone, and so wrote its row and committed on every page view: a
 * transaction, a database round trip and a log flush for each page. Here a request less
 * than a minute after the stored time leaves it as it is, and a request that changes
 * nothing else writes nothing. A session therefore ends at most a minute earlier than its
 * timeout after the last request (8 hours), and the sessions page shows the last request
 * to the minute. Attributes, a new session id and a new timeout are written as before.
 */
final class SessionVisits implements FindByIndexNameSessionRepository<SessionVisits.Visit> {

	/** How stale the stored time of the last request may grow before it is written. */
	static final Duration WRITTEN_EVERY = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> stored;

	SessionVisits(FindByIndexNameSessionRepository<Session> stored) {
		this.stored = stored;
	}

	@Override
	public Visit createSession() {
		return new Visit(stored.createSession());
	}

	@Override
	public void save(Visit session) {
		stored.save(session.stored);
	}

	@Override
	public @Nullable Visit findById(String id) {
		Session session = stored.findById(id);
		return (session != null) ? new Visit(session) : null;
	}

	@Override
	public void deleteById(String id) {
		stored.deleteById(id);
	}

	@Override
	public Map<String, Visit> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Visit> found = new LinkedHashMap<>();
		stored.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new Visit(session)));
		return found;
	}

	/** A stored session whose last-access time moves only when a minute has passed. */
	static final class Visit implements Session {

		private final Session stored;

		Visit(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Instant written = stored.getLastAccessedTime();
			if (lastAccessedTime.isBefore(written)
					|| Duration.between(written, lastAccessedTime).compareTo(WRITTEN_EVERY) >= 0) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
