package org.tandem.people.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.people.Actor;
import org.tandem.people.PersonId;
import org.tandem.people.PersonStatus;

/** Changing one's own password, and sending a person a fresh invitation. */
@RestController
@Tag(name = "Accounts")
class AccountApiController {

    static final String PASSWORD = "/api/v1/me/password";
    static final String INVITATION = "/api/v1/people/{id}/invitation";

    private final PasswordChanges changes;
    private final Invitations invitations;

    AccountApiController(PasswordChanges changes, Invitations invitations) {
        this.changes = changes;
        this.invitations = invitations;
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record InvitationSent(UUID personId, PersonStatus status, Instant sentAt, Instant expiresAt) {
    }

    @PutMapping(PASSWORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change my password", description = "Needs the current password (a wrong one is a 400 on currentPassword). "
            + "The new one: 12 to 128 characters, not a common password (a 400 on newPassword). Ends the caller's other page sessions.")
    void changePassword(Actor actor, @RequestBody(required = false) PasswordChange body) {
        changes.change(actor, body == null ? null : body.currentPassword(), body == null ? null : body.newPassword());
    }

    @PostMapping(INVITATION)
    @Operation(summary = "Send an invited person a fresh invitation", description = "Admins and program leads. The previous link "
            + "stops working; the new one works once, for 7 days. 409 when the person already chose a password or is deactivated.")
    InvitationSent resend(Actor actor, @PathVariable PersonId id) {
        var person = invitations.resend(actor, id);
        var state = invitations.state(actor.organizationId(), person);
        return new InvitationSent(person.id().value(), person.status(), state.sentAt(), state.expiresAt());
    }
}
