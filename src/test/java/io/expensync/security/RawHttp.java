package io.expensync.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, one connection per request: the request line is
 * sent byte for byte as given, so a test can send what {@link java.net.URI} and every
 * HTTP client refuse to (a {@code %ZZ} in the path, invalid UTF-8, a null byte), as an
 * attacker's own client would.
 */
final class RawHttp {

	/** An answer: its status, headers (names in lower case) and body. */
	record Response(int status, Map<String, String> headers, byte[] body) {

		String header(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

	}

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Sends {@code method target} with the headers given (name, value, name, value…) and
	 * the body, with its length unless a {@code Transfer-Encoding} header is given.
	 */
	Response send(String method, String target, byte[] body, String... headers) {
		ByteArrayOutputStream request = new ByteArrayOutputStream(body.length + 512);
		boolean chunked = false;
		StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		head.append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
		for (int i = 0; i < headers.length; i += 2) {
			head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
			chunked |= headers[i].equalsIgnoreCase("Transfer-Encoding");
		}
		if (!chunked && (body.length > 0 || !method.equals("GET"))) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		// the request line as given, each char a byte: a test can send raw non-ASCII
		// bytes
		request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		if (chunked) {
			request.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			request.writeBytes(body);
			request.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		else {
			request.writeBytes(body);
		}
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request.toByteArray());
				out.flush();
			}
			catch (IOException ex) {
				// the server may answer (413, 400) and close before it read all the body
			}
			return read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new IllegalStateException("%s %s: %s".formatted(method, abbreviated(target), ex), ex);
		}
	}

	private static Response read(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
		if (end < 0) {
			throw new IOException("no complete answer: " + new String(all, StandardCharsets.ISO_8859_1));
		}
		String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim(), (first, next) -> first + "\n" + next);
		}
		byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunked(body);
		}
		return new Response(status, headers, body);
	}

	private static byte[] unchunked(byte[] chunks) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunks.length) {
			int lineEnd = indexOf(chunks, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
			String size = new String(chunks, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
			int length = Integer.parseInt(size, 16);
			if (length == 0) {
				break;
			}
			body.write(chunks, lineEnd + 2, Math.min(length, chunks.length - lineEnd - 2));
			at = lineEnd + 2 + length + 2;
		}
		return body.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] part, int from) {
		outer: for (int i = from; i <= data.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (data[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	static String abbreviated(String text) {
		return text.length() > 120 ? text.substring(0, 100) + "…(" + text.length() + " chars)" : text;
	}

}
