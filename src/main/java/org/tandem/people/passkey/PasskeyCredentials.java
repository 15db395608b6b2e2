package org.tandem.people.passkey;

import static org.tandem.db.Tables.PASSKEY;
import static org.tandem.db.Tables.PASSKEY_USER;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.PasskeyRecord;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;

/** Owns every SQL statement about registered passkeys: what Spring Security's ceremonies need, and the passkeys page. */
@Repository
class PasskeyCredentials implements UserCredentialRepository {

    private final DSLContext dsl;
    private final Clock clock;

    PasskeyCredentials(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public void save(CredentialRecord credential) {
        String credentialId = credential.getCredentialId().toBase64UrlString();
        // After every sign-in Spring Security saves the record again with its new signature counter.
        int updated = dsl.update(PASSKEY)
                .set(PASSKEY.SIGNATURE_COUNT, credential.getSignatureCount())
                .set(PASSKEY.BACKUP_STATE, credential.isBackupState())
                .set(PASSKEY.LAST_USED_AT, clock.instant())
                .where(PASSKEY.CREDENTIAL_ID.eq(credentialId))
                .execute();
        if (updated > 0) {
            return;
        }
        var owner = dsl.selectFrom(PASSKEY_USER)
                .where(PASSKEY_USER.HANDLE.eq(credential.getUserEntityUserId().toBase64UrlString()))
                .fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("A passkey belongs to a known user handle"));
        var now = clock.instant();
        dsl.insertInto(PASSKEY)
                .set(PASSKEY.ID, Ids.next())
                .set(PASSKEY.ORGANIZATION_ID, owner.getOrganizationId())
                .set(PASSKEY.PERSON_ID, owner.getPersonId())
                .set(PASSKEY.USER_HANDLE, owner.getHandle())
                .set(PASSKEY.CREDENTIAL_ID, credentialId)
                .set(PASSKEY.LABEL, credential.getLabel())
                .set(PASSKEY.CREDENTIAL_TYPE, credential.getCredentialType() == null
                        ? PublicKeyCredentialType.PUBLIC_KEY.getValue() : credential.getCredentialType().getValue())
                .set(PASSKEY.PUBLIC_KEY, credential.getPublicKey().getBytes())
                .set(PASSKEY.SIGNATURE_COUNT, credential.getSignatureCount())
                .set(PASSKEY.UV_INITIALIZED, credential.isUvInitialized())
                .set(PASSKEY.BACKUP_ELIGIBLE, credential.isBackupEligible())
                .set(PASSKEY.BACKUP_STATE, credential.isBackupState())
                .set(PASSKEY.TRANSPORTS, credential.getTransports().stream().map(AuthenticatorTransport::getValue).sorted()
                        .collect(Collectors.joining(",")))
                .set(PASSKEY.ATTESTATION_OBJECT, credential.getAttestationObject() == null ? null : credential.getAttestationObject().getBytes())
                .set(PASSKEY.ATTESTATION_CLIENT_DATA_JSON, credential.getAttestationClientDataJSON() == null
                        ? null : credential.getAttestationClientDataJSON().getBytes())
                .set(PASSKEY.CREATED_AT, now)
                .set(PASSKEY.LAST_USED_AT, now)
                .execute();
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return dsl.selectFrom(PASSKEY).where(PASSKEY.CREDENTIAL_ID.eq(credentialId.toBase64UrlString()))
                .fetchOptional().map(PasskeyCredentials::toRecord).orElse(null);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return dsl.selectFrom(PASSKEY).where(PASSKEY.USER_HANDLE.eq(userId.toBase64UrlString()))
                .orderBy(PASSKEY.CREATED_AT)
                .fetch(PasskeyCredentials::toRecord);
    }

    @Override
    public void delete(Bytes credentialId) {
        dsl.deleteFrom(PASSKEY).where(PASSKEY.CREDENTIAL_ID.eq(credentialId.toBase64UrlString())).execute();
    }

    List<PasskeyController.Passkey> of(OrganizationId organization, PersonId person) {
        return dsl.select(PASSKEY.ID, PASSKEY.LABEL, PASSKEY.CREATED_AT, PASSKEY.LAST_USED_AT).from(PASSKEY)
                .where(PASSKEY.ORGANIZATION_ID.eq(organization.value()))
                .and(PASSKEY.PERSON_ID.eq(person.value()))
                .orderBy(PASSKEY.CREATED_AT, PASSKEY.ID)
                .fetch(r -> new PasskeyController.Passkey(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    boolean any(OrganizationId organization, PersonId person) {
        return dsl.fetchExists(PASSKEY, PASSKEY.ORGANIZATION_ID.eq(organization.value()).and(PASSKEY.PERSON_ID.eq(person.value())));
    }

    /** Removes one of the person's own passkeys; false when they have none by that id. */
    boolean remove(OrganizationId organization, PersonId person, UUID id) {
        return dsl.deleteFrom(PASSKEY)
                .where(PASSKEY.ORGANIZATION_ID.eq(organization.value()))
                .and(PASSKEY.PERSON_ID.eq(person.value()))
                .and(PASSKEY.ID.eq(id))
                .execute() > 0;
    }

    void erase(OrganizationId organization, PersonId person) {
        dsl.deleteFrom(PASSKEY)
                .where(PASSKEY.ORGANIZATION_ID.eq(organization.value()))
                .and(PASSKEY.PERSON_ID.eq(person.value()))
                .execute();
    }

    private static CredentialRecord toRecord(PasskeyRecord row) {
        Set<AuthenticatorTransport> transports = row.getTransports() == null || row.getTransports().isEmpty() ? Set.of()
                : Arrays.stream(row.getTransports().split(",")).map(AuthenticatorTransport::valueOf).collect(Collectors.toSet());
        return ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.valueOf(row.getCredentialType()))
                .credentialId(Bytes.fromBase64(row.getCredentialId()))
                .userEntityUserId(Bytes.fromBase64(row.getUserHandle()))
                .publicKey(new ImmutablePublicKeyCose(row.getPublicKey()))
                .signatureCount(row.getSignatureCount())
                .uvInitialized(row.getUvInitialized())
                .backupEligible(row.getBackupEligible())
                .backupState(row.getBackupState())
                .transports(transports)
                .attestationObject(row.getAttestationObject() == null ? null : new Bytes(row.getAttestationObject()))
                .attestationClientDataJSON(row.getAttestationClientDataJson() == null ? null : new Bytes(row.getAttestationClientDataJson()))
                .created(row.getCreatedAt())
                .lastUsed(row.getLastUsedAt())
                .label(row.getLabel())
                .build();
    }
}
