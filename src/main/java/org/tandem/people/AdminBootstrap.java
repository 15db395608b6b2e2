package org.tandem.people;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.people.account.PasswordPolicy;

/**
 * How operators and scripts get in on first start: with {@code TANDEM_ADMIN_EMAIL} and
 * {@code TANDEM_ADMIN_PASSWORD} set and no such person yet, that person becomes an admin of the default
 * organization. Also makes sure the default organization exists.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Organizations organizations;
    private final PeopleService people;
    private final PersonRepository persons;
    private final String email;
    private final String password;

    AdminBootstrap(Organizations organizations, PeopleService people, PersonRepository persons,
            @Value("${TANDEM_ADMIN_EMAIL:}") String email, @Value("${TANDEM_ADMIN_PASSWORD:}") String password) {
        this.organizations = organizations;
        this.people = people;
        this.persons = persons;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        Organization organization = organizations.defaultOrganization();
        if (email.isBlank() || password.isBlank()) {
            return;
        }
        if (persons.emailTaken(email.trim().toLowerCase(java.util.Locale.ROOT))) {
            log.info("Admin {} already exists; leaving it as it is", email);
            return;
        }
        var weak = PasswordPolicy.problem(password);
        if (weak.isPresent()) {
            throw new IllegalStateException("TANDEM_ADMIN_PASSWORD " + weak.get() + " (12 to 128 characters, not a common password)");
        }
        people.createUnchecked(organization.id(),
                new PersonDraft(email, "Administrator", Set.of(Role.ADMIN), null, null, null, null, password));
        log.info("Created admin {} in organization '{}'", email, organization.name());
    }
}
