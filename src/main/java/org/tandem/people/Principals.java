package org.tandem.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the ways of signing in other than a password (single sign-on, passkeys) need from people: the account
 * behind a sign-in email, and the signed-in authentication of a person, built as for a password sign-in.
 */
@Component
public class Principals {

    private final TandemUserDetailsService users;
    private final PersonRepository people;

    Principals(TandemUserDetailsService users, PersonRepository people) {
        this.users = users;
        this.people = people;
    }

    /** The person who signs in with this email, in whichever organization (login emails are unique across them). */
    public Optional<Person> byLoginEmail(String email) {
        return people.findLogin(email).map(r -> PersonRepository.toPerson(r,
                people.rolesOf(new OrganizationId(r.getOrganizationId()), List.of(r.getId())).getOrDefault(r.getId(), Set.of())));
    }

    /**
     * The authentication of {@code person} signed in with {@code factor} (a {@code FactorGrantedAuthority} name),
     * or empty when the person does not exist or may not sign in (deactivated).
     */
    public Optional<Authentication> signedIn(PersonId person, String factor) {
        return users.byId(person.value()).filter(TandemUser::isEnabled).map(user -> {
            // The session keeps the principal: it carries no password hash, whichever way the person came in.
            user.eraseCredentials();
            return new SignedIn(user, factor);
        });
    }
}
