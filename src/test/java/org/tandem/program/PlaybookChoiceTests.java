package org.tandem.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.people.OrganizationId;
import org.tandem.people.Role;

class PlaybookChoiceTests {

    private static Playbook playbook(String name, Audience audience) {
        return new Playbook(new PlaybookId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()), 1, name, Emphasis.GENERAL, audience,
                List.of(new PlaybookSection(SectionKind.REVIEW, "Review", 10, List.of())), Instant.EPOCH, 0);
    }

    private static final Playbook OWN = playbook("Program's own", Audience.EVERYONE);
    private static final Playbook SENIORS = playbook("Seniors", new Audience(Set.of(), Set.of("Senior")));
    private static final Playbook SENIOR_MENTORS = playbook("Senior mentors", new Audience(Set.of(Role.MENTOR), Set.of("SENIOR")));
    private static final Playbook JUNIORS = playbook("Juniors", new Audience(Set.of(), Set.of("JUNIOR")));

    @Test
    void aMenteeNoVariantFitsFollowsTheProgramsOwnPlaybook() {
        assertThat(PlaybookChoice.choose(OWN, List.of(SENIORS, JUNIORS), Set.of(Role.MENTEE), "MID")).isEqualTo(OWN);
    }

    @Test
    void seniorityIsComparedIgnoringCaseAndSpaces() {
        assertThat(PlaybookChoice.choose(OWN, List.of(JUNIORS, SENIORS), Set.of(Role.MENTEE), " senior ")).isEqualTo(SENIORS);
    }

    @Test
    void theVariantNamingRoleAndSeniorityWinsOverOneNamingSeniorityOnly() {
        assertThat(PlaybookChoice.choose(OWN, List.of(SENIORS, SENIOR_MENTORS), Set.of(Role.MENTEE, Role.MENTOR), "SENIOR"))
                .isEqualTo(SENIOR_MENTORS);
    }

    @Test
    void aVariantForARoleTheMenteeDoesNotHoldDoesNotFit() {
        assertThat(PlaybookChoice.choose(OWN, List.of(SENIOR_MENTORS), Set.of(Role.MENTEE), "SENIOR")).isEqualTo(OWN);
    }

    @Test
    void onATieTheVariantListedFirstWins() {
        Playbook otherSeniors = playbook("Other seniors", new Audience(Set.of(), Set.of("SENIOR")));

        assertThat(PlaybookChoice.choose(OWN, List.of(otherSeniors, SENIORS), Set.of(Role.MENTEE), "Senior")).isEqualTo(otherSeniors);
    }

    @Test
    void aVariantForEveryoneNeverReplacesTheProgramsOwn() {
        assertThat(PlaybookChoice.choose(OWN, List.of(playbook("Anyone", Audience.EVERYONE)), Set.of(Role.MENTEE), "MID")).isEqualTo(OWN);
    }
}
