package org.tandem.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.account.Invitations;
import org.tandem.people.account.PasswordPolicy;
import org.tandem.people.privacy.PersonData;
import org.tandem.people.privacy.PersonalDataErasure;
import org.tandem.people.privacy.PersonalDataExport;
import org.tandem.people.privacy.Subject;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/**
 * Creating, finding, importing, deactivating, reactivating, exporting and erasing people, always within the actor's
 * organization. People added without a password are invited (org.tandem.people.account.Invitations).
 */
@Service
public class PeopleService {

    private final PersonRepository people;
    private final PasswordEncoder passwords;
    private final PersonalDataExport personalData;
    private final PersonalDataErasure erasure;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Invitations invitations;
    private final OrganizationRepository organizations;

    PeopleService(PersonRepository people, PasswordEncoder passwords, PersonalDataExport personalData, PersonalDataErasure erasure,
            AuditLog audit, ApplicationEventPublisher events, Clock clock, Invitations invitations, OrganizationRepository organizations) {
        this.people = people;
        this.passwords = passwords;
        this.personalData = personalData;
        this.erasure = erasure;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.invitations = invitations;
        this.organizations = organizations;
    }

    /** Without a password the person is {@code INVITED} and gets an invitation mail to choose one. */
    @Transactional
    public Person create(Actor actor, PersonDraft draft) {
        requireManager(actor);
        AdminPolicy.mayCreate(actor, draft.roles());
        Person person = createAll(actor.organizationId(), actor, List.of(draft.validated())).getFirst();
        audit.record(actor, AuditAction.PERSON_CREATED, AuditTarget.person(person.id()), Map.of("roles", rolesOf(person)));
        return person;
    }

    /** For bootstrap and demo data, which run before anyone has signed in. */
    @Transactional
    public Person createUnchecked(OrganizationId organization, PersonDraft draft) {
        return createAllUnchecked(organization, List.of(draft)).getFirst();
    }

    /**
     * For demo data, where everyone knowingly shares one password: creates the people in order, hashing each distinct
     * password once rather than once per person (the hash, salt included, is then the same for all of them).
     */
    @Transactional
    public List<Person> createAllUnchecked(OrganizationId organization, List<PersonDraft> drafts) {
        return createAll(organization, null, drafts, false);
    }

    /**
     * For a first single sign-on with {@code tandem.oidc.create-people}: the provider has vouched for the email, so the
     * person is active at once, without a password and without an invitation to choose one.
     */
    @Transactional
    public Person createSignedInElsewhere(OrganizationId organization, PersonDraft draft) {
        return createAll(organization, null, List.of(draft), true).getFirst();
    }

    private List<Person> createAll(OrganizationId organization, Actor invitedBy, List<PersonDraft> drafts) {
        return createAll(organization, invitedBy, drafts, false);
    }

    private List<Person> createAll(OrganizationId organization, Actor invitedBy, List<PersonDraft> drafts, boolean signedInElsewhere) {
        Map<String, String> hashes = new HashMap<>();
        List<Person> created = new ArrayList<>();
        for (PersonDraft draft : drafts) {
            draft.validated();
            requireEmailFree(organization, draft.email());
            var status = draft.password() == null && !signedInElsewhere ? PersonStatus.INVITED : PersonStatus.ACTIVE;
            var person = new Person(new PersonId(Ids.next()), organization, draft.email(), draft.displayName(), draft.roles(),
                    draft.team(), draft.title(), draft.seniority(), draft.zone(), status, clock.instant(), clock.instant(), 0);
            String hash = draft.password() == null ? null : hashes.computeIfAbsent(draft.password(), passwords::encode);
            people.insert(person, hash, clock.instant());
            if (person.invited()) {
                invitations.invite(person, invitedBy);
            }
            created.add(person);
        }
        return created;
    }

    /**
     * "Already in use" only inside the organization: an address taken in another organization is refused with the
     * words of any unusable address, so nobody learns who has an account elsewhere.
     */
    private void requireEmailFree(OrganizationId organization, String email) {
        if (people.findByEmail(organization, email).isPresent()) {
            throw new InvalidInputException("email", "is already in use");
        }
        if (people.emailTaken(email)) {
            throw new InvalidInputException("email", PersonDraft.UNUSABLE_EMAIL);
        }
    }

    public Person get(Actor actor, PersonId id) {
        return people.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    public Optional<Person> find(OrganizationId organization, PersonId id) {
        return people.find(organization, id);
    }

    public Optional<Person> findByEmail(OrganizationId organization, String email) {
        return people.findByEmail(organization, email);
    }

    public Page<Person> search(Actor actor, String query, PageRequest page) {
        return page.page(people.search(actor.organizationId(), query, page), p -> p.id().value());
    }

    public List<Person> withRole(OrganizationId organization, Role role) {
        return people.withRole(organization, role);
    }

    public Map<UUID, String> names(OrganizationId organization, Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : people.names(organization, ids);
    }

    @Transactional
    public Person update(Actor actor, PersonId id, PersonDraft draft, OptionalLong expectedVersion) {
        requireManager(actor);
        Person current = get(actor, id);
        Versions.check("Person " + current.displayName(), expectedVersion, current.version());
        AdminPolicy.mayChange(actor, current, draft.roles(), activeAdmins(actor.organizationId()));
        PersonDraft changes = draft.withoutPassword().validated();
        if (!current.email().equals(changes.email())) {
            requireEmailFree(actor.organizationId(), changes.email());
        }
        return changed(actor, current, people.update(current.update(changes), clock.instant()), Map.of());
    }

    /** Audits the change, tells insight when the dashboard groups moved, and when the roles moved ends the person's sessions. */
    private Person changed(Actor actor, Person before, Person after, Map<String, String> context) {
        if (!Objects.equals(before.team(), after.team()) || !Objects.equals(before.title(), after.title())
                || !Objects.equals(before.seniority(), after.seniority())) {
            events.publishEvent(new PersonGroupsChanged(after.organizationId(), after.id()));
        }
        Map<String, String> details = new LinkedHashMap<>(context);
        if (before.roles().equals(after.roles())) {
            details.put("roles", rolesOf(after));
            audit.record(actor, AuditAction.PERSON_UPDATED, AuditTarget.person(after.id()), details);
        } else {
            details.put("before", rolesOf(before));
            details.put("after", rolesOf(after));
            audit.record(actor, AuditAction.ROLE_CHANGED, AuditTarget.person(after.id()), details);
            events.publishEvent(new RolesChanged(after.organizationId(), after.id()));
        }
        return after;
    }

    /** Counted under a lock of the organization, held until the change commits (see {@link AdminPolicy}). */
    private long activeAdmins(OrganizationId organization) {
        organizations.lockForAdminChanges(organization);
        return people.withRole(organization, Role.ADMIN).stream().filter(AdminPolicy::signsIn).count();
    }

    @Transactional
    public Person deactivate(Actor actor, PersonId id, OptionalLong expectedVersion) {
        requireManager(actor);
        Person current = get(actor, id);
        AdminPolicy.mayDeactivate(actor, current, activeAdmins(actor.organizationId()));
        if (actor.isSelf(id)) {
            throw new NotAllowedException("You cannot deactivate yourself; ask another admin");
        }
        Versions.check("Person " + current.displayName(), expectedVersion, current.version());
        Person deactivated = people.update(current.deactivate(clock.instant()), clock.instant());
        invitations.voidLinks(deactivated);
        audit.record(actor, AuditAction.PERSON_DEACTIVATED, AuditTarget.person(id));
        events.publishEvent(new PersonDeactivated(actor.organizationId(), id));
        return deactivated;
    }

    /** A deactivated person comes back: active if they had chosen a password, else invited (their old link stays void). */
    @Transactional
    public Person reactivate(Actor actor, PersonId id, OptionalLong expectedVersion) {
        requireManager(actor);
        Person current = get(actor, id);
        AdminPolicy.mayReactivate(actor, current);
        Versions.check("Person " + current.displayName(), expectedVersion, current.version());
        boolean hasPassword = people.passwordHash(actor.organizationId(), id).isPresent();
        Person reactivated = people.update(current.reactivate(hasPassword, clock.instant()), clock.instant());
        audit.record(actor, AuditAction.PERSON_REACTIVATED, AuditTarget.person(id), Map.of("status", reactivated.status().name()));
        return reactivated;
    }

    /**
     * All-or-nothing: every row is checked first, and only a file without a single bad row is written.
     * Existing people (same email in this organization) are updated; new ones created without a password.
     */
    @Transactional
    public ImportResult importCsv(Actor actor, String csv) {
        requireManager(actor);
        var parsed = PeopleCsv.parse(csv);
        List<ImportResult.LineError> errors = new ArrayList<>();
        parsed.errors().forEach(e -> errors.add(new ImportResult.LineError(e.line(), e.message())));
        Set<String> seen = new HashSet<>();
        record Planned(PeopleCsv.Row row, Optional<Person> existing) {
        }
        List<Planned> plan = new ArrayList<>();
        long admins = activeAdmins(actor.organizationId());
        for (var row : parsed.rows()) {
            if (!seen.add(row.draft().email())) {
                errors.add(new ImportResult.LineError(row.line(), "email: " + row.draft().email() + " appears twice in the file"));
                continue;
            }
            var existing = people.findByEmail(actor.organizationId(), row.draft().email());
            try {
                if (existing.isPresent()) {
                    AdminPolicy.mayChange(actor, existing.get(), row.draft().roles(), admins);
                    if (existing.get().has(Role.ADMIN) && AdminPolicy.signsIn(existing.get()) && !row.draft().roles().contains(Role.ADMIN)) {
                        admins--;
                    }
                } else {
                    AdminPolicy.mayCreate(actor, row.draft().roles());
                }
            } catch (NotAllowedException | org.tandem.shared.InvalidStateException e) {
                errors.add(new ImportResult.LineError(row.line(), "roles: " + row.draft().email() + ": " + e.getMessage()));
                continue;
            }
            if (existing.isEmpty() && people.emailTaken(row.draft().email())) {
                errors.add(new ImportResult.LineError(row.line(), "email: " + row.draft().email() + " " + PersonDraft.UNUSABLE_EMAIL));
                continue;
            }
            plan.add(new Planned(row, existing));
        }
        if (parsed.rows().isEmpty() && errors.isEmpty()) {
            errors.add(new ImportResult.LineError(1, "the file has no rows; expected the columns " + PeopleCsv.HEADER));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportResult.LineError::line));
            return new ImportResult(0, 0, errors);
        }
        int created = 0;
        int updated = 0;
        for (var planned : plan) {
            if (planned.existing().isPresent()) {
                Person before = planned.existing().get();
                changed(actor, before, people.update(before.update(planned.row().draft().withoutPassword()), clock.instant()), Map.of("via", "import"));
                updated++;
            } else {
                Person person = createAll(actor.organizationId(), actor, List.of(planned.row().draft())).getFirst();
                audit.record(actor, AuditAction.PERSON_CREATED, AuditTarget.person(person.id()), Map.of("roles", rolesOf(person), "via", "import"));
                created++;
            }
        }
        return new ImportResult(created, updated, List.of());
    }

    /**
     * Every personal datum Tandem holds about a person, as {@link PersonData} decides: the person themself gets all
     * of it; an admin gets the account facts but never the pair's conversation (decision 0076). Audited.
     */
    @Transactional
    public Map<String, Object> export(Actor actor, PersonId id) {
        if (!actor.isSelf(id) && !actor.isAdmin()) {
            throw new NotFoundException("Person", id);
        }
        Person person = get(actor, id);
        var result = personalData.export(subject(person), actor.isSelf(id));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant());
        export.put("askedBy", actor.isSelf(id) ? "SELF" : "ADMIN");
        for (var section : result.sections()) {
            export.put(section.key(), section.key().equals("person") && !section.rows().isEmpty() ? section.rows().getFirst() : section.rows());
        }
        export.put("leftOut", result.leftOut());
        audit.record(actor, AuditAction.DATA_EXPORTED, AuditTarget.person(id),
                Map.of("by", actor.isSelf(id) ? "self" : "admin", "sections", String.valueOf(result.sections().size())));
        return export;
    }

    /**
     * Erases a person as {@link PersonData} decides, column by column; only an admin may, and never themself.
     * The audit entry keeps how many rows changed, never what they held; {@link PersonErased} tells the features
     * that keep something of their own outside the database (caches). The person's page sessions are rows that
     * {@link PersonData}'s table ends like any other.
     */
    @Transactional
    public void erase(Actor actor, PersonId id) {
        if (!actor.isAdmin()) {
            throw new NotAllowedException("Only an admin may erase a person");
        }
        if (actor.isSelf(id)) {
            throw new NotAllowedException("You cannot erase yourself; ask another admin");
        }
        Person person = get(actor, id);
        AdminPolicy.mayErase(actor, person, activeAdmins(actor.organizationId()));
        eraseUnchecked(person, actor.personId());
    }

    /** For the retention job, which erases accounts deactivated long ago without anyone signed in. */
    @Transactional
    public void eraseUnchecked(Person person, PersonId actor) {
        var outcome = erasure.erase(subject(person));
        // Nothing of what was erased goes into the log: only that it happened, by whom, and how much.
        audit.record(person.organizationId(), actor, AuditAction.PERSON_ERASED, AuditTarget.person(person.id()),
                Map.of("rows", String.valueOf(outcome.rows()), "tables", String.valueOf(outcome.rowsByTable().size())));
        events.publishEvent(new PersonErased(person.organizationId(), person.id()));
    }

    private static Subject subject(Person person) {
        return new Subject(person.organizationId().value(), person.id().value(), person.email(), person.displayName());
    }

    @Transactional
    public void setPassword(PersonId person, String password) {
        PasswordPolicy.check("password", password);
        people.setPassword(person, passwords.encode(password));
    }

    private static String rolesOf(Person person) {
        return person.roles().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    private static void requireManager(Actor actor) {
        if (!actor.managesPeople()) {
            throw new NotAllowedException("Only admins and program leads manage people");
        }
    }
}
