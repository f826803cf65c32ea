package io.expensync;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An SMTP server that keeps what it is sent (GreenMail, on a free port of 127.0.0.1), for
 * the tests that read the emails the application delivers ({@link WithSmtpServer}). It
 * can be stopped and started again on the same port, as a mail server that goes down and
 * comes back.
 */
public final class SmtpServer {

	/**
	 * Marks every email still waiting in the shared database as given up, so that a test
	 * that counts what is delivered counts only its own.
	 */
	public static void setAsideWaitingEmails(JdbcTemplate jdbc) {
		jdbc.update("update email_outbox set status = 'FAILED', last_error = 'set aside by a test'"
				+ " where status = 'PENDING'");
	}

	private final ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	private GreenMail greenMail = new GreenMail(setup);

	SmtpServer() {
		greenMail.start();
	}

	public int port() {
		return setup.getPort();
	}

	/** Starts it again after {@link #stop()}. */
	public synchronized void start() {
		greenMail = new GreenMail(setup);
		greenMail.start();
	}

	public synchronized void stop() {
		greenMail.stop();
	}

	public synchronized MimeMessage[] receivedMessages() {
		return greenMail.getReceivedMessages();
	}

	public synchronized void purgeEmailFromAllMailboxes() throws FolderException {
		greenMail.purgeEmailFromAllMailboxes();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
