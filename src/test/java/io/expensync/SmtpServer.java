package io.expensync;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * An SMTP server that keeps what it is sent (GreenMail, on a free port of 127.0.0.1), for
 * the tests that read the emails the application delivers ({@link WithSmtpServer}). It
 * can be stopped and started again on the same port, as a mail server that goes down and
 * comes back.
 */
public final class SmtpServer {

	/**
	 * Later than any time a test sets on the movable clock: at it, every email in the
	 * shared database is due, so a test can send them all before it starts.
	 */
	public static final Instant LATER_THAN_ANY_TEST = Instant.parse("2100-01-01T00:00:00Z");

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
