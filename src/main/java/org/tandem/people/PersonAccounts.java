package org.tandem.people;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tandem.people.account.AccountPeople;
import org.tandem.shared.NotFoundException;

/** Answers the account package from the person table and the sign-in principal, which are package-private here. */
@Component
class PersonAccounts implements AccountPeople {

    private final PersonRepository people;
    private final TandemUserDetailsService users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ApiTokens tokens;

    PersonAccounts(PersonRepository people, TandemUserDetailsService users, PasswordEncoder passwords, Clock clock, ApiTokens tokens) {
        this.people = people;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.tokens = tokens;
    }

    @Override
    public Optional<Person> find(OrganizationId organization, PersonId person) {
        return people.find(organization, person);
    }

    @Override
    public Optional<Person> findByEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty() : people.findByLogin(email);
    }

    @Override
    public boolean hasPassword(OrganizationId organization, PersonId person) {
        return people.passwordHash(organization, person).isPresent();
    }

    @Override
    public boolean passwordMatches(OrganizationId organization, PersonId person, String rawPassword) {
        return rawPassword != null && people.passwordHash(organization, person).map(hash -> passwords.matches(rawPassword, hash)).orElse(false);
    }

    @Override
    public void setPassword(OrganizationId organization, PersonId person, String rawPassword) {
        people.setPassword(organization, person, passwords.encode(rawPassword));
    }

    @Override
    public Person accept(OrganizationId organization, PersonId person) {
        Person current = people.find(organization, person).orElseThrow(() -> new NotFoundException("Person", person));
        return people.update(current.accept(clock.instant()), clock.instant());
    }

    @Override
    public UserDetails principal(OrganizationId organization, PersonId person) {
        return users.byId(person.value()).filter(u -> u.organizationId().equals(organization.value()))
                .orElseThrow(() -> new NotFoundException("Person", person));
    }

    @Override
    public java.util.List<ApiToken> tokensAsSeenBy(Actor reader, PersonId person) {
        if (reader.isSelf(person)) {
            return tokens.list(reader);
        }
        return reader.isAdmin() ? tokens.listOf(reader, person) : java.util.List.of();
    }
}
