package org.tandem.program;

import java.time.Instant;
import java.util.Set;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/**
 * People mentored under one playbook and default cadence. Survey figures of a program stay hidden below
 * its survey threshold, so no one can tell how a single mentee answered.
 */
public record Program(ProgramId id, OrganizationId organizationId, String name, PlaybookId playbookId, Cadence defaultCadence,
                      Set<PersonId> leads, int surveyThreshold, Instant createdAt, long version) {

    public static final int DEFAULT_SURVEY_THRESHOLD = 5;
    public static final int MIN_SURVEY_THRESHOLD = 3;

    public Program {
        leads = Set.copyOf(leads);
    }

    public boolean isLedBy(PersonId person) {
        return leads.contains(person);
    }
}
