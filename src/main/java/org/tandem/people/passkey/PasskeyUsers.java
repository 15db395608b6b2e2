package org.tandem.people.passkey;

import static org.tandem.db.Tables.PASSKEY;
import static org.tandem.db.Tables.PASSKEY_USER;
import static org.tandem.db.Tables.PERSON;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Repository;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/**
 * Each person's WebAuthn user handle. The entity's name and display name are the person's current email and name,
 * read from person rather than stored, so changing an email keeps the passkeys working.
 */
@Repository
class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {

    private final DSLContext dsl;
    private final Clock clock;

    PasskeyUsers(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        return dsl.select(PASSKEY_USER.HANDLE, PERSON.EMAIL, PERSON.DISPLAY_NAME)
                .from(PASSKEY_USER).join(PERSON).on(PERSON.ID.eq(PASSKEY_USER.PERSON_ID))
                .where(PASSKEY_USER.HANDLE.eq(id.toBase64UrlString()))
                .fetchOptional().map(PasskeyUsers::toEntity).orElse(null);
    }

    /** The username is what Spring Security knows a signed-in person by: their email. */
    @Override
    public PublicKeyCredentialUserEntity findByUsername(String username) {
        return dsl.select(PASSKEY_USER.HANDLE, PERSON.EMAIL, PERSON.DISPLAY_NAME)
                .from(PASSKEY_USER).join(PERSON).on(PERSON.ID.eq(PASSKEY_USER.PERSON_ID))
                .where(PERSON.EMAIL.eq(username.trim().toLowerCase(Locale.ROOT)))
                .fetchOptional().map(PasskeyUsers::toEntity).orElse(null);
    }

    @Override
    public void save(PublicKeyCredentialUserEntity entity) {
        var person = dsl.select(PERSON.ID, PERSON.ORGANIZATION_ID).from(PERSON)
                .where(PERSON.EMAIL.eq(entity.getName().trim().toLowerCase(Locale.ROOT)))
                .fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("Passkeys belong to a person of Tandem"));
        dsl.insertInto(PASSKEY_USER)
                .set(PASSKEY_USER.HANDLE, entity.getId().toBase64UrlString())
                .set(PASSKEY_USER.ORGANIZATION_ID, person.value2())
                .set(PASSKEY_USER.PERSON_ID, person.value1())
                .set(PASSKEY_USER.CREATED_AT, clock.instant())
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public void delete(Bytes id) {
        dsl.deleteFrom(PASSKEY).where(PASSKEY.USER_HANDLE.eq(id.toBase64UrlString())).execute();
        dsl.deleteFrom(PASSKEY_USER).where(PASSKEY_USER.HANDLE.eq(id.toBase64UrlString())).execute();
    }

    /** Whose passkeys a handle stands for. */
    Optional<PersonId> personOf(Bytes handle) {
        return dsl.select(PASSKEY_USER.PERSON_ID).from(PASSKEY_USER)
                .where(PASSKEY_USER.HANDLE.eq(handle.toBase64UrlString()))
                .fetchOptional(r -> new PersonId(r.value1()));
    }

    void erase(OrganizationId organization, PersonId person) {
        dsl.deleteFrom(PASSKEY_USER)
                .where(PASSKEY_USER.ORGANIZATION_ID.eq(organization.value()))
                .and(PASSKEY_USER.PERSON_ID.eq(person.value()))
                .execute();
    }

    private static PublicKeyCredentialUserEntity toEntity(Record3<String, String, String> row) {
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(Bytes.fromBase64(row.value1()))
                .name(row.value2())
                .displayName(row.value3())
                .build();
    }
}
