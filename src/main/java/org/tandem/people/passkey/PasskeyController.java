package org.tandem.people.passkey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.people.Actor;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditLog;
import org.tandem.people.AuditTarget;
import org.tandem.shared.NotFoundException;

/**
 * A person's own passkeys: the list, adding one (our script runs the browser's ceremony against Spring Security's
 * endpoints), removing one, and the confirmation an admin is asked for when admins need a passkey.
 */
@Controller
public class PasskeyController {

    public static final String PASSKEYS = "/account/passkeys";
    public static final String REMOVE = "/account/passkeys/{id}/remove";
    public static final String CONFIRM = "/account/passkeys/confirm";
    /** Ids of the elements our script brings to life. */
    public static final String REGISTER_FORM = "passkey-register";
    public static final String CONFIRM_BUTTON = "passkey-confirm";
    public static final String SCRIPT = PasskeySecurity.SCRIPT;
    public static final int MAX_LABEL = PasskeyRelyingParty.MAX_LABEL;

    private final PasskeyCredentials credentials;
    private final AuditLog audit;

    PasskeyController(PasskeyCredentials credentials, AuditLog audit) {
        this.credentials = credentials;
        this.audit = audit;
    }

    public record Passkey(UUID id, String label, Instant createdAt, Instant lastUsedAt) {

        public String removeAction() {
            return REMOVE.replace("{id}", id.toString());
        }
    }

    /** {@code flash} is null or a sentence about what just happened; {@code secondFactorPending} when an admin still has to confirm. */
    public record PasskeysPage(List<Passkey> passkeys, String flash, boolean secondFactorPending) {
    }

    public record ConfirmPage(boolean hasPasskey) {
    }

    @GetMapping(PASSKEYS)
    String passkeys(Actor actor, @RequestParam(required = false) String done, Model model) {
        String flash = switch (done == null ? "" : done) {
            case "registered" -> "Your passkey is ready. Next time, choose \u201cSign in with a passkey\u201d on the sign-in page.";
            case "removed" -> "The passkey is removed; it no longer signs you in.";
            default -> null;
        };
        model.addAttribute("page", new PasskeysPage(credentials.of(actor.organizationId(), actor.personId()), flash, secondFactorPending()));
        return "people/passkeys";
    }

    @PostMapping(REMOVE)
    String remove(Actor actor, @PathVariable UUID id) {
        if (!credentials.remove(actor.organizationId(), actor.personId(), id)) {
            throw new NotFoundException("Passkey", id);
        }
        audit.record(actor, AuditAction.PASSKEY_REMOVED, AuditTarget.person(actor.personId()), Map.of("passkey", id.toString()));
        return "redirect:" + PASSKEYS + "?done=removed";
    }

    @GetMapping(CONFIRM)
    String confirm(Actor actor, Model model) {
        if (!secondFactorPending()) {
            return "redirect:/";
        }
        model.addAttribute("page", new ConfirmPage(credentials.any(actor.organizationId(), actor.personId())));
        return "people/passkeyConfirm";
    }

    private static boolean secondFactorPending() {
        return AdminPasskeyRequirement.needsPasskey(SecurityContextHolder.getContext().getAuthentication());
    }
}
