package io.expensync.security.passkeys;

import java.time.Instant;
import java.util.Set;

import io.expensync.users.CurrentUser;

import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Passkeys stored as a registration would store them, without a browser: a user handle
 * for the user (made once) and a credential with a made-up public key, which lists and
 * removes like a real one but signs nobody in.
 */
public final class PasskeyFixtures {

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	public PasskeyFixtures(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials) {
		this.userEntities = userEntities;
		this.credentials = credentials;
	}

	/** Adds a passkey with this label; answers its credential id, base64url. */
	public String add(CurrentUser user, String label, Instant created) {
		PublicKeyCredentialUserEntity entity = userEntities.findByUsername(user.email());
		if (entity == null) {
			entity = ImmutablePublicKeyCredentialUserEntity.builder()
				.id(Bytes.random())
				.name(user.email())
				.displayName(user.email())
				.build();
			userEntities.save(entity);
		}
		Bytes credentialId = Bytes.random();
		credentials.save(ImmutableCredentialRecord.builder()
			.credentialId(credentialId)
			.userEntityUserId(entity.getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3, 4 }))
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(true)
			.backupState(false)
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.attestationObject(new Bytes(new byte[] { 5, 6 }))
			.attestationClientDataJSON(new Bytes("{}".getBytes()))
			.label(label)
			.created(created)
			.lastUsed(created)
			.build());
		return credentialId.toBase64UrlString();
	}

}
