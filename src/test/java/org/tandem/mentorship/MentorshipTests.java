package org.tandem.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.people.Role;
import org.tandem.program.Cadence;
import org.tandem.program.Emphasis;
import org.tandem.program.PlaybookId;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

class MentorshipTests {

    private static final Instant FIRST = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2027-02-20T09:00:00Z");

    private final OrganizationId organization = new OrganizationId(UUID.randomUUID());
    private final Actor mentor = actor(organization, Role.MENTOR);
    private final Actor mentee = actor(organization, Role.MENTEE);
    private final Actor lead = actor(organization, Role.PROGRAM_LEAD);
    private final Actor otherLead = actor(organization, Role.PROGRAM_LEAD);
    private final Actor admin = actor(organization, Role.ADMIN);
    private final Actor otherMentor = actor(organization, Role.MENTOR);
    private final Program program = program(organization, lead);
    private final Program otherProgram = program(organization, otherLead);
    private final Mentorship mentorship = new Mentorship(new MentorshipId(UUID.randomUUID()), organization, program.id(), mentor.personId(),
            mentee.personId(), new MentorshipCadence(14, 45, FIRST, FIRST), Emphasis.GENERAL, Mentorship.Status.ACTIVE, Preferences.NONE, NOW, 3);

    private static Actor actor(OrganizationId organization, Role role) {
        return new Actor(new PersonId(UUID.randomUUID()), organization, role + "@test.example", "Someone", Set.of(role), ZoneId.of("UTC"));
    }

    private static Program program(OrganizationId organization, Actor lead) {
        return new Program(new ProgramId(UUID.randomUUID()), organization, "Program", new PlaybookId(UUID.randomUUID()), java.util.List.of(), Cadence.FORTNIGHTLY,
                Set.of(lead.personId()), Program.DEFAULT_SURVEY_THRESHOLD, NOW, 0);
    }

    @Test
    void thePairSeesTheirMentorship() {
        assertThat(mentorship.visibleTo(mentor, program)).isTrue();
        assertThat(mentorship.visibleTo(mentee, program)).isTrue();
    }

    @Test
    void theLeadOfTheProgramSeesTheMentorship() {
        assertThat(mentorship.visibleTo(lead, program)).isTrue();
    }

    @Test
    void aLeadOfAnotherProgramDoesNotSeeTheMentorship() {
        assertThat(mentorship.visibleTo(otherLead, program)).isFalse();
    }

    @Test
    void anAdminOfTheOrganizationSeesEveryMentorship() {
        assertThat(mentorship.visibleTo(admin, program)).isTrue();
    }

    @Test
    void thePairsWorkIsSeenByThePairAndAdminsNotByTheLeadNorOtherMentorsNorAnotherOrganization() {
        assertThat(mentorship.workVisibleTo(mentor)).isTrue();
        assertThat(mentorship.workVisibleTo(mentee)).isTrue();
        assertThat(mentorship.workVisibleTo(admin)).isTrue();
        assertThat(mentorship.workVisibleTo(lead)).as("the program's lead sees aggregates only").isFalse();
        assertThat(mentorship.workVisibleTo(otherMentor)).isFalse();
        assertThat(mentorship.workVisibleTo(actor(new OrganizationId(UUID.randomUUID()), Role.ADMIN))).isFalse();
    }

    @Test
    void anotherMentorOfTheOrganizationDoesNotSeeTheMentorship() {
        assertThat(mentorship.visibleTo(otherMentor, program)).isFalse();
    }

    @Test
    void nobodyOfAnotherOrganizationSeesTheMentorshipNotEvenAnAdmin() {
        OrganizationId elsewhere = new OrganizationId(UUID.randomUUID());
        Actor foreignAdmin = actor(elsewhere, Role.ADMIN);
        // the same person id presented from another organization is still a stranger here
        Actor mentorElsewhere = new Actor(mentor.personId(), elsewhere, mentor.email(), mentor.displayName(), mentor.roles(), mentor.timeZone());

        assertThat(mentorship.visibleTo(foreignAdmin, program)).isFalse();
        assertThat(mentorship.visibleTo(mentorElsewhere, program)).isFalse();
    }

    @Test
    void thePartnerOfTheMentorIsTheMenteeAndTheOtherWayRound() {
        assertThat(mentorship.partnerOf(mentor.personId())).isEqualTo(mentee.personId());
        assertThat(mentorship.partnerOf(mentee.personId())).isEqualTo(mentor.personId());
    }

    @Test
    void someoneOutsideThePairHasNoPartner() {
        assertThatThrownBy(() -> mentorship.partnerOf(lead.personId())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> mentorship.partnerOf(admin.personId())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void thePairIsTheMentorAndTheMenteeInTheirRoles() {
        assertThat(mentorship.isPair(mentor.personId())).isTrue();
        assertThat(mentorship.isPair(lead.personId())).isFalse();
        assertThat(mentorship.isMentor(mentor.personId())).isTrue();
        assertThat(mentorship.isMentor(mentee.personId())).isFalse();
        assertThat(mentorship.isMentee(mentee.personId())).isTrue();
        assertThat(mentorship.isMentee(mentor.personId())).isFalse();
    }

    @Test
    void theMenteeSetsTheirPreferences() {
        var preferences = new Preferences(Set.of(LearningModality.PAIRING, LearningModality.READING), FeedbackStyle.DIRECT);

        Mentorship changed = mentorship.withPreferences(mentee.personId(), preferences);

        assertThat(changed.preferences()).isEqualTo(preferences);
        assertThat(changed.version()).isEqualTo(mentorship.version());
        assertThat(mentorship.preferences()).isEqualTo(Preferences.NONE);
    }

    @Test
    void theMentorCannotSetTheMenteesPreferences() {
        var preferences = new Preferences(Set.of(LearningModality.VIDEO), FeedbackStyle.SUPPORTIVE);

        assertThatThrownBy(() -> mentorship.withPreferences(mentor.personId(), preferences)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void neitherTheLeadNorAnAdminSetTheMenteesPreferences() {
        var preferences = new Preferences(Set.of(LearningModality.VIDEO), FeedbackStyle.SUPPORTIVE);

        assertThatThrownBy(() -> mentorship.withPreferences(lead.personId(), preferences)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> mentorship.withPreferences(admin.personId(), preferences)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void preferencesWithoutModalitiesHaveAnEmptySet() {
        assertThat(new Preferences(null, null).learningModalities()).isEmpty();
        assertThat(Preferences.NONE.feedbackStyle()).isNull();
    }

    @Test
    void aNewRhythmMovesTheNextMeetingButKeepsTheFirst() {
        Instant next = FIRST.plusSeconds(86_400 * 10);

        Mentorship changed = mentorship.withCadence(7, 30, next);

        assertThat(changed.cadence()).isEqualTo(new MentorshipCadence(7, 30, FIRST, next));
        assertThat(changed.version()).isEqualTo(mentorship.version());
    }

    @Test
    void anEndedMentorshipKeepsItsRhythmAndCannotEndTwice() {
        Mentorship ended = mentorship.end();

        assertThat(ended.status()).isEqualTo(Mentorship.Status.ENDED);
        assertThatThrownBy(() -> ended.withCadence(7, 30, FIRST)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(ended::end).isInstanceOf(InvalidStateException.class);
    }
}
