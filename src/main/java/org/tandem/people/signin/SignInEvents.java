package org.tandem.people.signin;

import static org.tandem.db.Tables.PERSON;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
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
 * An HTTP Basic API call signs in on every request, so it is logged once per person and address an hour
 * (per instance): the log shows who uses the API with a password from where, without a row per call.
 */
@Component
class SignInEvents {

    private static final Duration BASIC_LOGGED_EVERY = Duration.ofHours(1);
    private static final int BASIC_REMEMBERED_AT_MOST = 10_000;

    private final SignInGuard guard;
    private final AuditLog audit;
    private final DSLContext dsl;
    private final SignInSettings settings;
    private final Clock clock;
    /** When each person-and-address pair's HTTP Basic sign-in was last logged here. */
    private final Map<String, Instant> basicLogged = new ConcurrentHashMap<>();

    SignInEvents(SignInGuard guard, AuditLog audit, DSLContext dsl, SignInSettings settings, Clock clock) {
        this.guard = guard;
        this.audit = audit;
        this.dsl = dsl;
        this.settings = settings;
        this.clock = clock;
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
        boolean basic = password && httpBasic();
        if (basic && !firstBasicSignInThisHour(person)) {
            return;
        }
        audit.record(new OrganizationId(caller.organizationId()), person, AuditAction.SIGN_IN, AuditTarget.person(person),
                Map.of("method", basic ? "HTTP_BASIC" : password ? "PASSWORD" : authentication.getClass().getSimpleName()));
    }

    private boolean firstBasicSignInThisHour(PersonId person) {
        Instant now = clock.instant();
        if (basicLogged.size() > BASIC_REMEMBERED_AT_MOST) {
            basicLogged.values().removeIf(at -> at.isBefore(now.minus(BASIC_LOGGED_EVERY)));
        }
        String key = person.value() + "@" + AuditLog.clientAddress().orElse("");
        Instant last = basicLogged.get(key);
        if (last != null && last.isAfter(now.minus(BASIC_LOGGED_EVERY))) {
            return false;
        }
        return last == null ? basicLogged.putIfAbsent(key, now) == null : basicLogged.replace(key, last, now);
    }

    private static boolean httpBasic() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && String.valueOf(attributes.getRequest().getHeader("Authorization")).regionMatches(true, 0, "Basic ", 0, 6);
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
