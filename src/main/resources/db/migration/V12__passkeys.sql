-- Passkeys (WebAuthn, docs/accounts-sso-passkeys.md). Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Spring Security's JDBC repositories expect tables of their own shape (no organization, no link to person);
-- these are read and written by jOOQ repositories implementing the same two interfaces (decision 0072).

-- The WebAuthn "user handle" of a person: a random id the authenticator keeps with each passkey. One per person;
-- the person's email and name are read from person, so a changed email never orphans a passkey.
create table passkey_user (
    handle          varchar(128) not null primary key,
    organization_id uuid         not null references organization (id),
    person_id       uuid         not null references person (id),
    created_at      timestamp with time zone not null,
    constraint passkey_user_person_uq unique (person_id)
);

-- A registered passkey: its credential id and public key (never a secret), the signature counter that
-- reveals a cloned authenticator, and when it was made and last used.
create table passkey (
    id                           uuid          not null primary key,
    organization_id              uuid          not null references organization (id),
    person_id                    uuid          not null references person (id),
    user_handle                  varchar(128)  not null references passkey_user (handle),
    -- base64url; a credential id is at most 1023 bytes
    credential_id                varchar(1400) not null,
    label                        varchar(100)  not null,
    credential_type              varchar(40)   not null,
    public_key                   bytea         not null,
    signature_count              bigint        not null,
    uv_initialized               boolean       not null,
    backup_eligible              boolean       not null,
    backup_state                 boolean       not null,
    transports                   varchar(200),
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created_at                   timestamp with time zone not null,
    last_used_at                 timestamp with time zone not null,
    constraint passkey_credential_uq unique (credential_id)
);
create index passkey_person_ix on passkey (organization_id, person_id);
