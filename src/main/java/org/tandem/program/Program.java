package org.tandem.program;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/**
 * People mentored under one playbook and default cadence. Survey figures of a program stay hidden below
 * its survey threshold, so no one can tell how a single mentee answered. {@code variants} are playbooks meant for
 * some of its mentees (by role and seniority), chosen instead of {@code playbookId} when they fit ({@link PlaybookChoice}).
 */
public record Program(ProgramId id, OrganizationId organizationId, String name, PlaybookId playbookId, List<PlaybookId> variants,
                      Cadence defaultCadence, Set<PersonId> leads, int surveyThreshold, Instant createdAt, long version) {

    public static final int DEFAULT_SURVEY_THRESHOLD = 5;
    public static final int MIN_SURVEY_THRESHOLD = 3;

    public Program {
        leads = Set.copyOf(leads);
        variants = List.copyOf(variants);
    }

    /** The program with other playbooks: its own one and its variants, in the order they are weighed. */
    Program withPlaybooks(PlaybookId playbook, List<PlaybookId> newVariants) {
        return new Program(id, organizationId, name, playbook, newVariants, defaultCadence, leads, surveyThreshold, createdAt, version);
    }

    public boolean isLedBy(PersonId person) {
        return leads.contains(person);
    }
}
