package org.tandem.checkin.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tandem.people.PersonId;

/** What a person proposes as an action, as it arrives from a form or the API; nothing is checked yet. */
public record ActionItemDraft(String task, PersonId ownerId, LocalDate dueOn, List<Resource> resources, UUID goalId) {

    public ActionItemDraft {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
