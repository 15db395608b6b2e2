package org.tandem.notify;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/** Which emails each person receives: everything until they switch a kind off. Only the person themself changes it. */
@Service
class NotificationPreferences {

    private final PreferenceRepository preferences;

    NotificationPreferences(PreferenceRepository preferences) {
        this.preferences = preferences;
    }

    Map<NotificationKind, Boolean> of(Actor actor) {
        return preferences.of(actor.organizationId().value(), actor.personId().value());
    }

    boolean enabled(OrganizationId organization, PersonId person, NotificationKind kind) {
        return preferences.enabled(organization.value(), person.value(), kind);
    }

    /** Changes only the kinds named; the others keep their setting. */
    @Transactional
    Map<NotificationKind, Boolean> change(Actor actor, Map<NotificationKind, Boolean> changes) {
        changes.forEach((kind, enabled) -> preferences.set(actor.organizationId().value(), actor.personId().value(), kind, enabled));
        return of(actor);
    }
}
