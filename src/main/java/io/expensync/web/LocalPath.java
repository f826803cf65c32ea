package io.expensync.web;

/**
 * Whether a path that a request asks to be sent back to (a {@code returnTo}) stays in the
 * app. Browsers read a backslash as a slash and drop tabs and line breaks, so
 * {@code /\evil.example} and {@code /\t/evil.example} lead to another site just as
 * {@code //evil.example} does: only a path starting with one slash, followed by neither
 * slash nor backslash, and with no backslash or control character anywhere, is local.
 */
public final class LocalPath {

	private LocalPath() {
	}

	public static boolean isLocal(String path) {
		if (!path.startsWith("/") || path.length() > 2000) {
			return false;
		}
		if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
			return false;
		}
		return path.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c));
	}

}
