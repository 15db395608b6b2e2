package org.tandem.people;

import static org.tandem.db.Tables.PERSON;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.tandem.db.tables.records.PersonRecord;

/** Loads local accounts by email for form login and HTTP Basic, and token owners by id. */
@Component
class TandemUserDetailsService implements UserDetailsService {

    private final PersonRepository people;
    private final DSLContext dsl;

    TandemUserDetailsService(PersonRepository people, DSLContext dsl) {
        this.people = people;
        this.dsl = dsl;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return people.findLogin(email).filter(r -> r.getPasswordHash() != null)
                .map(this::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }

    Optional<TandemUser> byId(UUID person) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(person)).fetchOptional().map(this::toUser);
    }

    private TandemUser toUser(PersonRecord row) {
        var organization = new OrganizationId(row.getOrganizationId());
        return toUser(row, people.rolesOf(organization, Set.of(row.getId())).getOrDefault(row.getId(), Set.of()));
    }

    /** The principal for a person whose row and roles the caller already loaded (the token check does, in one query). */
    static TandemUser toUser(PersonRecord row, Set<Role> roles) {
        var organization = new OrganizationId(row.getOrganizationId());
        var actor = new Actor(new PersonId(row.getId()), organization, row.getEmail(), row.getDisplayName(), roles,
                ZoneId.of(row.getTimeZone()));
        return new TandemUser(actor, row.getPasswordHash(), row.getActive());
    }
}
