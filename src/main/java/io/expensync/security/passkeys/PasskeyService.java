package io.expensync.security.passkeys;

import java.util.Comparator;
import java.util.List;

import io.expensync.security.PasskeyRemoved;
import io.expensync.users.CurrentUser;
import io.expensync.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's passkeys, listed and removed one at a time. A passkey is the
 * user's when it belongs to the WebAuthn user handle kept under their address; any other
 * id, someone else's or none at all, is not found.
 */
@Service
class PasskeyService {

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	private final ApplicationEventPublisher events;

	PasskeyService(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			ApplicationEventPublisher events) {
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.events = events;
	}

	/** The user's passkeys, oldest first. */
	@Transactional(readOnly = true)
	public List<PasskeyView> list(CurrentUser user) {
		PublicKeyCredentialUserEntity entity = userEntities.findByUsername(user.email());
		if (entity == null) {
			return List.of();
		}
		return credentials.findByUserId(entity.getId())
			.stream()
			.map(PasskeyView::of)
			.sorted(Comparator.comparing(PasskeyView::created).thenComparing(PasskeyView::id))
			.toList();
	}

	/**
	 * Removes one of the user's passkeys: it no longer signs in (the copy on the device
	 * stays until the user removes it there).
	 * @throws PasskeyNotFoundException for an id that is not one of the user's passkeys
	 */
	@Transactional
	public PasskeyView remove(CurrentUser user, String id) {
		CredentialRecord passkey = owned(user, id);
		if (passkey == null) {
			throw new PasskeyNotFoundException(id);
		}
		credentials.delete(passkey.getCredentialId());
		PasskeyView removed = PasskeyView.of(passkey);
		events.publishEvent(new PasskeyRemoved(user.id(), removed.id(), removed.label()));
		return removed;
	}

	private @Nullable CredentialRecord owned(CurrentUser user, String id) {
		Bytes credentialId;
		try {
			credentialId = Bytes.fromBase64(id);
		}
		catch (IllegalArgumentException notBase64url) {
			return null;
		}
		PublicKeyCredentialUserEntity entity = userEntities.findByUsername(user.email());
		CredentialRecord passkey = credentials.findByCredentialId(credentialId);
		boolean mine = entity != null && passkey != null && passkey.getUserEntityUserId().equals(entity.getId());
		return mine ? passkey : null;
	}

	static class PasskeyNotFoundException extends NotFoundException {

		PasskeyNotFoundException(String id) {
			super("Passkey", id);
		}

	}

}
