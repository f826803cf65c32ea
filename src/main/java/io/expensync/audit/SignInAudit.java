package io.expensync.audit;

import io.expensync.audit.AuditEvent.Kind;
import io.expensync.users.CredentialsChanged;
import io.expensync.users.UserService;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Logs sign-ins (through the form, or with a passkey, said so) and failed ones (a wrong
 * password or sign-in code) for accounts that exist, and changes to how the user signs in
 * (password, two-factor sign-in, recovery codes); attempts on unknown addresses belong to
 * nobody and are not kept.
 */
@Component
class SignInAudit {

	private final AuditLog log;

	private final UserService users;

	SignInAudit(AuditLog log, UserService users) {
		this.log = log;
		this.users = users;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		String how = authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(authority.getAuthority()))
					? "With a passkey" : null;
		users.current(authentication.getName()).ifPresent(user -> log.record(user.id(), Kind.SIGNED_IN, how));
	}

	/** Heard inside the changing database transaction, like the changes to data. */
	@EventListener
	void credentialsChanged(CredentialsChanged changed) {
		log.record(changed.userId(), switch (changed.change()) {
			case PASSWORD_CHANGED -> Kind.PASSWORD_CHANGED;
			case PASSWORD_RESET -> Kind.PASSWORD_RESET;
			case TWO_FACTOR_ON -> Kind.TWO_FACTOR_ON;
			case TWO_FACTOR_OFF -> Kind.TWO_FACTOR_OFF;
			case RECOVERY_CODES_RENEWED -> Kind.RECOVERY_CODES_RENEWED;
		}, null);
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		users.current(event.getAuthentication().getName())
			.ifPresent(user -> log.record(user.id(), Kind.SIGN_IN_FAILED, null));
	}

}
