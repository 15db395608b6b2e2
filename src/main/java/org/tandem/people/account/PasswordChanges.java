package org.tandem.people.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Actor;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditLog;
import org.tandem.people.AuditTarget;
import org.tandem.people.PasswordChanged;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/** A signed-in person changes their own password, proving they know the current one. */
@Service
public class PasswordChanges {

    private final AccountPeople people;
    private final OneTimeLinks links;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PasswordChanges(AccountPeople people, OneTimeLinks links, AuditLog audit, ApplicationEventPublisher events) {
        this.people = people;
        this.links = links;
        this.audit = audit;
        this.events = events;
    }

    /** Every problem at once, each naming its field ({@code currentPassword}, {@code newPassword}); nothing changes on any. */
    @Transactional
    public void change(Actor actor, String currentPassword, String newPassword) {
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldError("currentPassword", "is required"));
        } else if (!people.passwordMatches(actor.organizationId(), actor.personId(), currentPassword)) {
            errors.add(new FieldError("currentPassword", "is not your current password"));
        }
        errors.addAll(PasswordPolicy.problems("newPassword", newPassword));
        if (errors.isEmpty() && newPassword.equals(currentPassword)) {
            errors.add(new FieldError("newPassword", "is the same as your current password"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        people.setPassword(actor.organizationId(), actor.personId(), newPassword);
        links.voidOutstanding(actor.organizationId(), actor.personId(), LinkPurpose.PASSWORD_RESET);
        audit.record(actor, AuditAction.PASSWORD_CHANGED, AuditTarget.person(actor.personId()));
        events.publishEvent(new PasswordChanged(actor.organizationId(), actor.personId()));
    }
}
