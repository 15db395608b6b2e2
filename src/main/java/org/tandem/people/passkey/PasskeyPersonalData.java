package org.tandem.people.passkey;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.people.PersonalDataContributor;

/** A person's passkeys in their export (names and dates, never key material), and gone with the person on erasure. */
@Component
class PasskeyPersonalData implements PersonalDataContributor {

    private final PasskeyCredentials credentials;
    private final PasskeyUsers users;

    PasskeyPersonalData(PasskeyCredentials credentials, PasskeyUsers users) {
        this.credentials = credentials;
        this.users = users;
    }

    @Override
    public String section() {
        return "passkeys";
    }

    @Override
    public Object export(OrganizationId organization, PersonId person) {
        List<Map<String, Object>> passkeys = credentials.of(organization, person).stream()
                .map(p -> Map.<String, Object>of("label", p.label(), "createdAt", p.createdAt(), "lastUsedAt", p.lastUsedAt()))
                .toList();
        return passkeys;
    }

    @Override
    public void erase(OrganizationId organization, PersonId person) {
        credentials.erase(organization, person);
        users.erase(organization, person);
    }
}
