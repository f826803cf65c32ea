package io.expensync.web;

/**
 * A rule of the app refused what the user asked for (pausing an ended schedule, turning
 * on two-factor sign-in twice); its message is written for them, and the API answers it
 * with 409. Any other {@link IllegalStateException} is a fault of the app, whose message
 * nobody outside sees.
 */
public class RefusedException extends IllegalStateException {

	public RefusedException(String message) {
		super(message);
	}

}
