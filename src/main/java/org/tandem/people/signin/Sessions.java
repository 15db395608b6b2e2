package org.tandem.people.signin;

import static org.tandem.db.Tables.SPRING_SESSION;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tandem.people.PasswordChanged;
import org.tandem.people.PersonDeactivated;
import org.tandem.people.PersonId;
import org.tandem.people.RolesChanged;
import org.tandem.shared.CallerIdentity;

/**
 * A person's page sessions, which live in the database indexed by the person's id (not their email, which
 * an edit or an erasure changes). They end, in the transaction of the change, when the person is
 * deactivated or erased or their roles change, and when their password changes (except the session that
 * changed it). The next page request of an ended session is sent to the login page.
 */
@Service
public class Sessions {

    private final DSLContext dsl;

    Sessions(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Ends every page session of the person, the current request's included; answers how many there were. */
    public int endAll(PersonId person) {
        currentSession(person).ifPresent(HttpSession::invalidate);
        return endAllBut(person, null);
    }

    public int count(PersonId person) {
        return dsl.fetchCount(SPRING_SESSION, SPRING_SESSION.PRINCIPAL_NAME.eq(person.toString()));
    }

    @EventListener
    void rolesChanged(RolesChanged event) {
        endAll(event.personId());
    }

    @EventListener
    void deactivated(PersonDeactivated event) {
        endAll(event.personId());
    }

    /** The browser in which the person changed their password stays signed in; every other one is signed out. */
    @EventListener
    void passwordChanged(PasswordChanged event) {
        endAllBut(event.personId(), currentSession(event.personId()).map(HttpSession::getId).orElse(null));
    }

    private int endAllBut(PersonId person, String keptSessionId) {
        var condition = SPRING_SESSION.PRINCIPAL_NAME.eq(person.toString());
        if (keptSessionId != null) {
            condition = condition.and(SPRING_SESSION.SESSION_ID.ne(keptSessionId));
        }
        // spring_session_attributes go with their session (on delete cascade).
        return dsl.deleteFrom(SPRING_SESSION).where(condition).execute();
    }

    /** The session of the current request when it belongs to this person. */
    private static Optional<HttpSession> currentSession(PersonId person) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpSession session = attributes.getRequest().getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return person.toString().equals(principalOf(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)))
                    ? Optional.of(session) : Optional.empty();
        } catch (IllegalStateException alreadyInvalidated) {
            return Optional.empty();
        }
    }

    /** What a stored session is indexed by: the person's id for our own principals, else the authentication's name. */
    static String principalOf(Object securityContext) {
        if (!(securityContext instanceof SecurityContext context) || context.getAuthentication() == null) {
            return null;
        }
        var authentication = context.getAuthentication();
        return authentication.getPrincipal() instanceof CallerIdentity caller ? caller.personId().toString() : authentication.getName();
    }

    /** Indexes each stored session by its person's id, so {@link #endAll} finds them whatever their email is. */
    static final class ByPerson implements IndexResolver<Session> {

        @Override
        public Map<String, String> resolveIndexesFor(Session session) {
            String principal = principalOf(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
            return principal == null ? Map.of() : Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, principal);
        }
    }
}
