package org.tandem.people.sso;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditLog;
import org.tandem.people.AuditTarget;
import org.tandem.people.Organization;
import org.tandem.people.Organizations;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonDraft;
import org.tandem.people.PersonId;
import org.tandem.people.Principals;
import org.tandem.people.Role;
import org.tandem.people.account.AccountPeople;
import org.tandem.people.account.Invitations;
import org.tandem.shared.InvalidInputException;

/**
 * Finds the person a single sign-on stands for: by the email the provider vouches for ({@code email_verified}),
 * never by an unverified one, and never a deactivated person. An invited person signing in this way accepts their
 * invitation (they become active, their links stop working). Creates a mentee for an unknown verified email only
 * when {@code tandem.oidc.create-people=true}.
 */
@Component
@ConditionalOnSso
class SsoAccounts {

    private final SsoProperties properties;
    private final Principals principals;
    private final PeopleService people;
    private final Organizations organizations;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final AccountPeople accounts;
    private final Invitations invitations;

    SsoAccounts(SsoProperties properties, Principals principals, PeopleService people, Organizations organizations, AuditLog audit,
            PlatformTransactionManager transactions, AccountPeople accounts, Invitations invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.properties = properties;
        this.principals = principals;
        this.people = people;
        this.organizations = organizations;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Not one transaction: a refusal throws, and the audit entry of a refused attempt must stay. */
    PersonId match(OidcUser user) {
        String email = user.getEmail() == null ? "" : user.getEmail().trim().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw refused(SsoRefusal.UNKNOWN_PERSON);
        }
        var person = principals.byLoginEmail(email).filter(this::servedHere);
        if (!Boolean.TRUE.equals(user.getEmailVerified())) {
            // Recorded for a known person only: an unknown address has no organization whose log it belongs in.
            person.ifPresent(p -> audit.record(p.organizationId(), null, AuditAction.SIGN_IN_FAILED, AuditTarget.person(p.id()),
                    Map.of("method", "sso", "reason", SsoRefusal.UNVERIFIED_EMAIL.code())));
            throw refused(SsoRefusal.UNVERIFIED_EMAIL);
        }
        if (person.isEmpty()) {
            if (!properties.createPeople()) {
                throw refused(SsoRefusal.UNKNOWN_PERSON);
            }
            try {
                return transaction.execute(status -> create(email, user)).id();
            } catch (InvalidInputException e) {
                // an address our own rules refuse, or taken a moment ago by a second sign-in at the same time
                throw refused(SsoRefusal.UNKNOWN_PERSON);
            }
        }
        Person known = person.get();
        if (!known.active()) {
            audit.record(known.organizationId(), null, AuditAction.SIGN_IN_FAILED, AuditTarget.person(known.id()),
                    Map.of("method", "sso", "reason", SsoRefusal.DEACTIVATED.code()));
            throw refused(SsoRefusal.DEACTIVATED);
        }
        if (known.invited()) {
            // The provider vouches for the address the invitation went to: that is what the invitation link proves too.
            transaction.executeWithoutResult(status -> acceptInvitation(known));
        }
        return known.id();
    }

    private void acceptInvitation(Person invited) {
        Person accepted = accounts.accept(invited.organizationId(), invited.id());
        invitations.voidLinks(accepted);
        audit.record(accepted.organizationId(), accepted.id(), AuditAction.INVITATION_ACCEPTED, AuditTarget.person(accepted.id()),
                Map.of("by", "sso"));
    }

    /** With {@code tandem.oidc.organization} set, single sign-on serves the people of that organization only. */
    private boolean servedHere(Person person) {
        return properties.organization() == null
                || organizations.find(person.organizationId()).map(o -> o.slug().equals(properties.organization())).orElse(false);
    }

    private Person create(String email, OidcUser user) {
        Organization organization = properties.organization() == null
                ? organizations.defaultOrganization()
                : organizations.findBySlug(properties.organization()).orElseThrow(() -> new IllegalStateException(
                        "tandem.oidc.organization names '" + properties.organization() + "', which does not exist"));
        String name = user.getFullName() == null || user.getFullName().isBlank() ? email : user.getFullName().trim();
        Person created = people.createSignedInElsewhere(organization.id(), new PersonDraft(email, name.substring(0, Math.min(name.length(), 200)),
                Set.of(Role.MENTEE), null, null, null, zoneOrNull(user.getZoneInfo()), null));
        audit.record(created.organizationId(), created.id(), AuditAction.PERSON_CREATED, AuditTarget.person(created.id()),
                Map.of("by", "sso"));
        return created;
    }

    private static String zoneOrNull(String zone) {
        try {
            return zone == null ? null : ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            return null;
        }
    }

    static OAuth2AuthenticationException refused(SsoRefusal refusal) {
        return new OAuth2AuthenticationException(new OAuth2Error(refusal.code(), refusal.what(), null));
    }
}
