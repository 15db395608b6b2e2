package org.tandem.people.signin;

import static org.tandem.db.Tables.PERSON;

import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditLog;
import org.tandem.people.AuditTarget;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.CallerIdentity;

/**
 * Listens to Spring Security's sign-in outcomes (form login and HTTP Basic; a bearer token is not a
 * sign-in): counts failures for the lockout and writes SIGN_IN, SIGN_IN_FAILED and ACCOUNT_LOCKED to the
 * audit log. A failure for an email nobody has is counted but not logged: it belongs to no organization.
 */
@Component
class SignInEvents {

    private final SignInGuard guard;
    private final AuditLog audit;
    private final DSLContext dsl;
    private final SignInSettings settings;

    SignInEvents(SignInGuard guard, AuditLog audit, DSLContext dsl, SignInSettings settings) {
        this.guard = guard;
        this.audit = audit;
        this.dsl = dsl;
        this.settings = settings;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        if (!(authentication.getPrincipal() instanceof CallerIdentity caller)) {
            return;
        }
        boolean password = authentication instanceof UsernamePasswordAuthenticationToken;
        if (password) {
            guard.succeeded(authentication.getName());
        }
        var person = new PersonId(caller.personId());
        audit.record(new OrganizationId(caller.organizationId()), person, AuditAction.SIGN_IN, AuditTarget.person(person),
                Map.of("method", password ? "PASSWORD" : authentication.getClass().getSimpleName()));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String email = event.getAuthentication().getName();
        boolean locked = guard.failed(email, AuditLog.clientAddress().orElse(null));
        account(email).ifPresent(account -> {
            var organization = new OrganizationId(account.value1());
            var person = new PersonId(account.value2());
            audit.record(organization, null, AuditAction.SIGN_IN_FAILED, AuditTarget.person(person), Map.of());
            if (locked) {
                audit.record(organization, null, AuditAction.ACCOUNT_LOCKED, AuditTarget.person(person),
                        Map.of("after", settings.maxFailures() + " failed sign-ins"));
            }
        });
    }

    /** The organization and id of the person signing in with this email, looked up before any tenant is known. */
    private Optional<Record2<java.util.UUID, java.util.UUID>> account(String email) {
        return dsl.select(PERSON.ORGANIZATION_ID, PERSON.ID).from(PERSON)
                .where(PERSON.EMAIL.eq(SignInGuard.accountKey(email)))
                .fetchOptional();
    }
}
