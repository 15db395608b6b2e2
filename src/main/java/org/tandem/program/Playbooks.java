package org.tandem.program;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationCreated;
import org.tandem.people.OrganizationId;
import org.tandem.program.Playbook.PlaybookDraft;
import org.tandem.shared.Ids;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/** Creating and revising playbooks; every organization starts with the balanced default. */
@Service
public class Playbooks {

    private final PlaybookRepository playbooks;
    private final Clock clock;

    Playbooks(PlaybookRepository playbooks, Clock clock) {
        this.playbooks = playbooks;
        this.clock = clock;
    }

    @EventListener
    void giveDefaultPlaybook(OrganizationCreated created) {
        create(created.organizationId(), new PlaybookDraft(DefaultPlaybook.NAME, DefaultPlaybook.sections(), Emphasis.GENERAL, Audience.EVERYONE));
    }

    @Transactional
    public Playbook create(Actor actor, PlaybookDraft draft) {
        requireDesigner(actor);
        // Answer what was stored (trimmed titles, one-line prompts), not what was sent.
        return get(actor.organizationId(), create(actor.organizationId(), draft).id());
    }

    private Playbook create(OrganizationId organization, PlaybookDraft draft) {
        draft.validate();
        var playbook = new Playbook(new PlaybookId(Ids.next()), organization, 1, draft.name().trim(), draft.emphasisOrGeneral(),
                draft.audienceOrEveryone(), draft.sections(), clock.instant(), 0);
        playbooks.insert(playbook);
        return playbook;
    }

    @Transactional
    public Playbook revise(Actor actor, PlaybookId id, PlaybookDraft draft, OptionalLong expectedVersion) {
        requireDesigner(actor);
        Playbook current = get(actor.organizationId(), id);
        Versions.check("Playbook " + current.name(), expectedVersion, current.version());
        Playbook next = current.revise(draft, clock.instant());
        playbooks.addVersion(next);
        return get(actor.organizationId(), id);
    }

    /** Playbooks are organization-wide templates, readable by everyone in it. */
    public Playbook get(OrganizationId organization, PlaybookId id) {
        return playbooks.current(organization, id).orElseThrow(() -> new NotFoundException("Playbook", id));
    }

    public Optional<Playbook> find(OrganizationId organization, PlaybookId id) {
        return playbooks.current(organization, id);
    }

    public Playbook version(OrganizationId organization, PlaybookId id, int number) {
        return playbooks.version(organization, id, number).orElseThrow(() -> new NotFoundException("Playbook version", id + "#" + number));
    }

    /** How a version of a playbook was named, without reading its sections (a check-in page names its version). */
    public Optional<String> versionName(OrganizationId organization, PlaybookId id, int number) {
        return playbooks.versionName(organization, id, number);
    }

    /** Every version of a playbook, newest first, each with how many check-ins still planned follow it. */
    public List<VersionSummary> versions(OrganizationId organization, PlaybookId id) {
        Map<Integer, Integer> planned = playbooks.plannedCheckIns(organization, id);
        return playbooks.versions(organization, id).stream()
                .map(v -> new VersionSummary(v.number(), v.name(), v.createdAt(), planned.getOrDefault(v.number(), 0)))
                .toList();
    }

    public record VersionSummary(int number, String name, Instant createdAt, int plannedCheckIns) {
    }

    public List<Playbook> list(OrganizationId organization) {
        return playbooks.list(organization);
    }

    private static void requireDesigner(Actor actor) {
        if (!actor.managesPeople()) {
            throw new NotAllowedException("Only admins and program leads design playbooks");
        }
    }
}
