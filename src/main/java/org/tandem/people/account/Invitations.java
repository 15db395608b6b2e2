package org.tandem.people.account;

import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Actor;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditLog;
import org.tandem.people.AuditTarget;
import org.tandem.people.InvitationIssued;
import org.tandem.people.OrganizationId;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;

/**
 * Bringing people in: a person added without a password gets a one-time link, valid 7 days, to choose one. The
 * mail is written by notify, which listens to {@link InvitationIssued} in the same transaction. Sending a fresh
 * link voids the previous one.
 */
@Service
public class Invitations {

    public static final String PATH = "/invitations/{token}";

    private final OneTimeLinks links;
    private final AccountPeople people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Invitations(OneTimeLinks links, AccountPeople people, AuditLog audit, ApplicationEventPublisher events) {
        this.links = links;
        this.people = people;
        this.audit = audit;
        this.events = events;
    }

    /** Where a person's invitation stands, for the pages that show it. */
    public record State(boolean pending, java.time.Instant sentAt, java.time.Instant expiresAt, boolean expired) {
    }

    /** Invites a person who was just created without a password; {@code invitedBy} is null for imports nobody signed in for. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void invite(Person person, Actor invitedBy) {
        if (!person.invited()) {
            throw new InvalidStateException(person.displayName() + " already chose a password");
        }
        var issued = links.issue(person.organizationId(), person.id(), LinkPurpose.INVITATION, PATH);
        events.publishEvent(new InvitationIssued(person.organizationId(), person.id(), person.email(), person.displayName(),
                invitedBy == null ? null : invitedBy.displayName(), issued.url(), issued.link().expiresAt()));
        audit.record(person.organizationId(), invitedBy == null ? null : invitedBy.personId(), AuditAction.INVITATION_SENT,
                AuditTarget.person(person.id()), Map.of("expiresAt", issued.link().expiresAt().toString()));
    }

    /** Admins and program leads send an invited person a fresh link; the old one stops working. */
    @Transactional
    public Person resend(Actor actor, PersonId id) {
        Person person = people.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("Person", id));
        if (!actor.managesPeople()) {
            throw new NotAllowedException("Only admins and program leads send invitations");
        }
        if (!person.invited()) {
            throw new InvalidStateException(person.displayName() + (person.active() ? " already chose a password" : " is deactivated")
                    + "; there is no invitation to send");
        }
        invite(person, actor);
        return person;
    }

    /** A deactivated person's invitation and reset links stop working, and stay void if they come back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void voidLinks(Person person) {
        for (LinkPurpose purpose : LinkPurpose.values()) {
            links.voidOutstanding(person.organizationId(), person.id(), purpose);
        }
    }

    /** The invited person behind a link that still works, for the page that greets them. */
    public Optional<Person> invitee(String token) {
        return links.usable(token, LinkPurpose.INVITATION)
                .flatMap(link -> people.find(link.organizationId(), link.personId()))
                .filter(Person::invited);
    }

    /**
     * The invited person chooses their password: the link is used up, they become active. A bad password is a 400 on
     * {@code password} and leaves the link usable; an unusable link changes nothing.
     */
    @Transactional
    public Person accept(String token, String password) {
        var link = links.usable(token, LinkPurpose.INVITATION).orElseThrow(LinkNotUsableException::new);
        Person person = people.find(link.organizationId(), link.personId()).filter(Person::invited)
                .orElseThrow(LinkNotUsableException::new);
        PasswordPolicy.check("password", password);
        if (!links.use(link)) {
            throw new LinkNotUsableException();
        }
        people.setPassword(person.organizationId(), person.id(), password);
        Person accepted = people.accept(person.organizationId(), person.id());
        audit.record(person.organizationId(), person.id(), AuditAction.INVITATION_ACCEPTED, AuditTarget.person(person.id()), Map.of());
        return accepted;
    }

    public State state(OrganizationId organization, Person person) {
        return links.latest(organization, person.id(), LinkPurpose.INVITATION)
                .map(l -> new State(person.invited() && l.usableAt(links.now()), l.createdAt(), l.expiresAt(),
                        l.usedAt() == null && l.voidedAt() == null && !links.now().isBefore(l.expiresAt())))
                .orElse(new State(false, null, null, false));
    }
}
