package io.expensync.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.expensync.audit.AuditEvent.Kind;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the users' audit logs. Each entry notes the address and browser of the
 * request it came from, when there is one. Entries are written in their own statement, so
 * a failed sign-in is logged even though nothing else changes.
 */
@Service
public class AuditLog {

	static final int SHOWN = 100;

	static final int PAGE = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(UUID userId, Kind kind, @Nullable String detail) {
		HttpServletRequest request = (RequestContextHolder
			.getRequestAttributes() instanceof ServletRequestAttributes attributes) ? attributes.getRequest() : null;
		jdbc.sql("""
				insert into audit_events (id, user_id, kind, detail, address, browser, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), userId, kind.name(), cut(detail, 500),
					(request != null) ? cut(request.getRemoteAddr(), 64) : null,
					(request != null) ? cut(request.getHeader(HttpHeaders.USER_AGENT), 100) : null,
					Timestamp.from(clock.instant()))
			.update();
	}

	/** The user's latest entries, newest first. */
	public List<AuditEvent> latest(UUID userId) {
		return jdbc.sql("""
				select kind, detail, address, browser, created_at from audit_events where user_id = ?
				order by created_at desc, id limit ?""").params(userId, SHOWN).query((rs, n) -> event(rs)).list();
	}

	/**
	 * Hands over every entry of the user, oldest first, a page at a time, so that a long
	 * log needs only one page in memory (for the export of the user's data).
	 */
	public void forEachOf(UUID userId, Consumer<AuditEvent> each) {
		@Nullable Row last = null;
		boolean more = true;
		while (more) {
			List<Row> page = pageAfter(userId, last);
			page.forEach(row -> each.accept(row.event()));
			more = page.size() == PAGE;
			last = page.isEmpty() ? last : page.get(page.size() - 1);
		}
	}

	private List<Row> pageAfter(UUID userId, @Nullable Row last) {
		if (last == null) {
			return jdbc.sql("""
					select id, kind, detail, address, browser, created_at from audit_events where user_id = ?
					order by created_at, id limit ?""").params(userId, PAGE).query((rs, n) -> row(rs)).list();
		}
		return jdbc.sql("""
				select id, kind, detail, address, browser, created_at from audit_events where user_id = ?
				and (created_at > ? or (created_at = ? and id > ?)) order by created_at, id limit ?""")
			.params(userId, last.at(), last.at(), last.id(), PAGE)
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * An entry with where the next page starts (its time is read and compared as stored,
	 * with its offset, the same on H2 and PostgreSQL).
	 */
	private record Row(UUID id, OffsetDateTime at, AuditEvent event) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("created_at", OffsetDateTime.class), event(rs));
	}

	private static AuditEvent event(ResultSet rs) throws SQLException {
		return new AuditEvent(Kind.valueOf(rs.getString("kind")), rs.getString("detail"), rs.getString("address"),
				rs.getString("browser"), rs.getTimestamp("created_at").toInstant());
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
