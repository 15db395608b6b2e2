package org.tandem.people.account;

import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditLog;
import org.tandem.people.AuditTarget;
import org.tandem.people.PasswordChanged;
import org.tandem.people.PasswordResetRequested;
import org.tandem.people.Person;
import org.tandem.people.PersonStatus;

/**
 * Choosing a new password through a mailed link, valid 1 hour and once. Only a known, active person gets a mail;
 * everyone who asks gets the same answer (the page answers before this work runs, see {@link ResetRequestQueue}).
 * A new request, and a completed reset, void the person's other outstanding reset links.
 */
@Service
public class PasswordResets {

    public static final String PATH = "/password-reset/{token}";

    private final OneTimeLinks links;
    private final AccountPeople people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PasswordResets(OneTimeLinks links, AccountPeople people, AuditLog audit, ApplicationEventPublisher events) {
        this.links = links;
        this.people = people;
        this.audit = audit;
        this.events = events;
    }

    /** Sends a reset link if, and only if, the email belongs to an active person; does nothing visible otherwise. */
    @Transactional
    public void request(String email) {
        Optional<Person> person = people.findByEmail(email).filter(p -> p.status() == PersonStatus.ACTIVE);
        if (person.isEmpty()) {
            return;
        }
        Person p = person.get();
        var issued = links.issue(p.organizationId(), p.id(), LinkPurpose.PASSWORD_RESET, PATH);
        events.publishEvent(new PasswordResetRequested(p.organizationId(), p.id(), p.email(), p.displayName(), issued.url(),
                issued.link().expiresAt()));
        audit.record(p.organizationId(), null, AuditAction.PASSWORD_RESET_REQUESTED, AuditTarget.person(p.id()),
                Map.of("expiresAt", issued.link().expiresAt().toString()));
    }

    public boolean usable(String token) {
        return person(token).isPresent();
    }

    /** Sets the new password, uses the link up and voids the person's other reset links; a bad password leaves all as it was. */
    @Transactional
    public Person reset(String token, String password) {
        var link = links.usable(token, LinkPurpose.PASSWORD_RESET).orElseThrow(LinkNotUsableException::new);
        Person person = people.find(link.organizationId(), link.personId()).filter(p -> p.status() == PersonStatus.ACTIVE)
                .orElseThrow(LinkNotUsableException::new);
        PasswordPolicy.check("password", password);
        if (!links.use(link)) {
            throw new LinkNotUsableException();
        }
        people.setPassword(person.organizationId(), person.id(), password);
        links.voidOutstanding(person.organizationId(), person.id(), LinkPurpose.PASSWORD_RESET);
        audit.record(person.organizationId(), person.id(), AuditAction.PASSWORD_RESET, AuditTarget.person(person.id()), Map.of());
        events.publishEvent(new PasswordChanged(person.organizationId(), person.id()));
        return person;
    }

    private Optional<Person> person(String token) {
        return links.usable(token, LinkPurpose.PASSWORD_RESET)
                .flatMap(link -> people.find(link.organizationId(), link.personId()))
                .filter(p -> p.status() == PersonStatus.ACTIVE);
    }
}
