package org.tandem.people.account;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.tandem.people.Actor;
import org.tandem.people.ApiToken;
import org.tandem.people.OrganizationId;
import org.tandem.people.Person;
import org.tandem.people.PersonId;

/**
 * What accounts need of the people they belong to, answered by the people package (which owns the person table
 * and the signed-in principal): account code reaches people only through this.
 */
public interface AccountPeople {

    Optional<Person> find(OrganizationId organization, PersonId person);

    /** Before anyone signs in the organization is unknown, so this is looked up by email alone (emails are unique). */
    Optional<Person> findByEmail(String email);

    boolean hasPassword(OrganizationId organization, PersonId person);

    boolean passwordMatches(OrganizationId organization, PersonId person, String rawPassword);

    /** Hashes and stores a password that already passed {@link PasswordPolicy}. */
    void setPassword(OrganizationId organization, PersonId person, String rawPassword);

    /** An invited person chose their password: they are active from now on. */
    Person accept(OrganizationId organization, PersonId person);

    /** The principal a form sign-in would put in the session. */
    UserDetails principal(OrganizationId organization, PersonId person);

    /** The person's access tokens as the reader may list them: their own, or anyone's for an admin; else none. */
    List<ApiToken> tokensAsSeenBy(Actor reader, PersonId person);
}
