package io.expensync.security.passkeys;

import java.util.Objects;
import java.util.Set;

import io.expensync.security.PasskeyAdded;
import io.expensync.users.UserService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Spring Security's WebAuthn ceremonies (on WebAuthn4J) with two changes: every
 * authenticator must check its user (fingerprint, face or PIN) when a passkey is made and
 * each time it signs in, which is what lets a passkey stand for both factors of
 * two-factor sign-in; and a new passkey's label is tidied and its adding announced as
 * {@link PasskeyAdded}, in one database transaction with it.
 */
class PasskeyCeremonies implements WebAuthnRelyingPartyOperations {

	/** The longest label kept. */
	static final int LABEL_LENGTH = 64;

	/** The label of a passkey given none. */
	static final String UNNAMED = "Passkey";

	private final WebAuthnRelyingPartyOperations webauthn;

	private final ApplicationEventPublisher events;

	private final UserService users;

	private final TransactionOperations transactions;

	PasskeyCeremonies(WebAuthnRelyingPartyOperations webauthn, ApplicationEventPublisher events, UserService users,
			TransactionOperations transactions) {
		this.webauthn = webauthn;
		this.events = events;
		this.users = users;
		this.transactions = transactions;
	}

	/** Spring Security's ceremonies for this relying party, with the user checked. */
	static Webauthn4JRelyingPartyOperations webauthn4j(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, RelyingParty relyingParty) {
		Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
				PublicKeyCredentialRpEntity.builder().id(relyingParty.id()).name(relyingParty.name()).build(),
				Set.of(relyingParty.origin()));
		operations.setCustomizeCreationOptions(
				options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.userVerification(UserVerificationRequirement.REQUIRED)
					.residentKey(ResidentKeyRequirement.REQUIRED)
					.build()));
		operations
			.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return operations;
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		return webauthn.createPublicKeyCredentialCreationOptions(request);
	}

	/**
	 * Keeps the new passkey under a tidy label. A label that is blank or too long is not
	 * refused here: by now the browser has made the passkey on the user's device, and
	 * refusing would leave it there, useless (the page asks for a label before it
	 * starts).
	 */
	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		RelyingPartyPublicKey key = request.getPublicKey();
		String label = label(key.getLabel());
		RelyingPartyRegistrationRequest labelled = new ImmutableRelyingPartyRegistrationRequest(
				request.getCreationOptions(), new RelyingPartyPublicKey(key.getCredential(), label));
		String email = request.getCreationOptions().getUser().getName();
		return Objects.requireNonNull(transactions.execute(status -> {
			CredentialRecord added = webauthn.registerCredential(labelled);
			users.current(email)
				.ifPresent(user -> events
					.publishEvent(new PasskeyAdded(user.id(), added.getCredentialId().toBase64UrlString(), label)));
			return added;
		}));
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
			PublicKeyCredentialRequestOptionsRequest request) {
		return webauthn.createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return webauthn.authenticate(request);
	}

	/**
	 * One line of at most {@value #LABEL_LENGTH} characters, runs of spaces and control
	 * characters made one space; {@value #UNNAMED} when nothing is left.
	 */
	static String label(@Nullable String given) {
		String tidy = (given == null) ? "" : given.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
		if (tidy.codePointCount(0, tidy.length()) > LABEL_LENGTH) {
			tidy = tidy.substring(0, tidy.offsetByCodePoints(0, LABEL_LENGTH)).strip();
		}
		return tidy.isEmpty() ? UNNAMED : tidy;
	}

}
