package org.tandem.checkin.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tandem.checkin.CheckInStatus;
import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.actionplan.ActionItemDraft;
import org.tandem.checkin.actionplan.ActionItemRepository;
import org.tandem.checkin.actionplan.Resource;
import org.tandem.checkin.actionplan.Risk;
import org.tandem.checkin.actionplan.RiskDraft;
import org.tandem.checkin.actionplan.RiskRepository;
import org.tandem.checkin.record.CheckInContentRepository;
import org.tandem.checkin.record.Interpretation;
import org.tandem.checkin.record.Note;
import org.tandem.checkin.record.NoteRepository;
import org.tandem.mentorship.Pair;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.program.Playbook;
import org.tandem.program.Playbooks;
import org.tandem.program.SectionKind;
import org.tandem.shared.StaleVersionException;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/** The SQL of check-ins against the real schema: round trips, optimistic locking, tenancy, and private notes filtered in the query. */
@IntegrationTest
@PostgresRelevant
class CheckInRepositoryTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    CheckInRepository checkIns;

    @Autowired
    ActionItemRepository actionItems;

    @Autowired
    RiskRepository risks;

    @Autowired
    NoteRepository notes;

    @Autowired
    CheckInContentRepository content;

    World world;
    OrganizationId organization;
    PersonId mentor;
    PersonId mentee;
    Instant now;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        organization = world.organization().id();
        mentor = world.mentor().id();
        mentee = world.mentee().id();
        now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private CheckIn scheduled() {
        Playbook playbook = context.getBean(Playbooks.class).list(organization).getFirst();
        CheckIn checkIn = CheckIn.schedule(world.mentorship().id(), new Pair(mentor, mentee), now.plus(Duration.ofHours(2)), 45,
                playbook.sections().stream().map(s -> AgendaSection.planned(s.kind(), s.title(), s.minutes(), s.prompts())).toList(), now);
        checkIns.insert(organization, checkIn, new CheckInRepository.Origin(playbook.id(), playbook.number()), now);
        return checkIns.find(organization, checkIn.id()).orElseThrow();
    }

    @Test
    void aCheckInComesBackAsItWasStoredWithItsAgendaInOrder() {
        CheckIn stored = scheduled();

        assertThat(stored.status()).isEqualTo(CheckInStatus.SCHEDULED);
        assertThat(stored.pair()).isEqualTo(new Pair(mentor, mentee));
        assertThat(stored.agenda().sections()).extracting(AgendaSection::kind).startsWith(SectionKind.RECAP, SectionKind.REVIEW)
                .endsWith(SectionKind.CLOSE);
        assertThat(stored.agenda().sections().getFirst().prompts()).isNotEmpty();
        assertThat(stored.version()).isZero();
        assertThat(checkIns.origin(organization, stored.id()).orElseThrow().playbookNumber()).isEqualTo(1);
    }

    @Test
    void savingBumpsTheVersionAndAChangeBasedOnAnOlderVersionIsRefused() {
        CheckIn stored = scheduled();
        CheckIn started = checkIns.update(organization, stored.start(mentee, now.plusSeconds(5)));
        CheckIn timed = checkIns.update(organization, started.recordTimeUsed(SectionKind.RECAP, 200, mentor, now.plusSeconds(60)));

        assertThat(started.version()).isEqualTo(1);
        assertThat(timed.version()).isEqualTo(2);
        assertThat(timed.agenda().currentKind()).isEqualTo(SectionKind.RECAP);
        assertThat(timed.agenda().section(SectionKind.RECAP).usedSeconds()).isEqualTo(200);
        assertThatThrownBy(() -> checkIns.update(organization, started.advanceSection(mentor, now.plusSeconds(90))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(checkIns.find(organization, stored.id()).orElseThrow().agenda().currentKind()).isEqualTo(SectionKind.RECAP);
    }

    @Test
    void anotherOrganizationFindsNothing() {
        CheckIn stored = scheduled();
        World elsewhere = World.create(context);

        assertThat(checkIns.find(elsewhere.organization().id(), stored.id())).isEmpty();
        assertThat(checkIns.ofMentorship(elsewhere.organization().id(), world.mentorship().id())).isEmpty();
    }

    @Test
    void privateNotesAreFilteredByTheReaderInsideTheQuery() {
        CheckIn checkIn = scheduled();
        notes.insert(organization, Note.write(checkIn, "Only for me", Note.Visibility.PRIVATE, mentor, now));
        notes.insert(organization, Note.write(checkIn, "For both of us", Note.Visibility.PAIR, mentee, now.plusSeconds(1)));

        assertThat(notes.readableBy(organization, checkIn.id(), mentor)).extracting(Note::text).containsExactly("Only for me", "For both of us");
        assertThat(notes.readableBy(organization, checkIn.id(), mentee)).extracting(Note::text).containsExactly("For both of us");
        assertThat(notes.readableBy(organization, checkIn.id(), world.admin().id())).isEmpty();
        assertThat(notes.readableBy(organization, checkIn.id(), world.lead().id())).isEmpty();
        assertThat(notes.pairNotes(organization, checkIn.id())).extracting(Note::text).containsExactly("For both of us");
    }

    @Test
    void onlyOpenItemsAndThoseClosedSinceAnInstantAreReadForTheCarryOver() {
        CheckIn checkIn = checkIns.update(organization, scheduled().start(mentor, now));
        ActionItem open = plan(checkIn, "Draft the onboarding checklist");
        ActionItem closedEarly = plan(checkIn, "Read the tracing guide end to end");
        ActionItem closedLate = plan(checkIn, "Pair with Sam on billing tests");
        actionItems.update(organization, closedEarly.done(mentee, now.plusSeconds(10)), mentee, now.plusSeconds(10));
        actionItems.update(organization, closedLate.drop(mentee, "Sam moved teams", now.plusSeconds(100)), mentee, now.plusSeconds(100));

        List<ActionItem> read = actionItems.openOrClosedSince(organization, world.mentorship().id(), now.plusSeconds(50));

        assertThat(read).extracting(ActionItem::id).containsExactlyInAnyOrder(open.id(), closedLate.id());
        assertThat(read).filteredOn(i -> i.id().equals(closedLate.id())).first()
                .satisfies(i -> assertThat(i.closure().reason()).isEqualTo("Sam moved teams"));
    }

    @Test
    void anActionItemChangeBasedOnAnOlderVersionIsRefused() {
        CheckIn checkIn = scheduled();
        ActionItem item = plan(checkIn, "Book two coaching hours");
        actionItems.update(organization, item.done(mentor, now), mentor, now);

        assertThatThrownBy(() -> actionItems.update(organization, item.drop(mentee, "No budget", now), mentee, now))
                .isInstanceOf(StaleVersionException.class);
        assertThat(actionItems.find(organization, item.id()).orElseThrow().status()).isEqualTo(ActionItem.Status.DONE);
        assertThat(actionItems.lastChangedBy(organization, item.id())).contains(mentor);
    }

    @Test
    void theFirstInterpretationIsWrittenOnceAndASecondFirstWriteIsStale() {
        CheckIn checkIn = scheduled();
        content.saveInterpretation(organization, checkIn.id(), Interpretation.of(checkIn, "Pairing", null, null, mentor), 0, mentor, now);

        assertThatThrownBy(() -> content.saveInterpretation(organization, checkIn.id(),
                Interpretation.of(checkIn, "Writing", null, null, mentee), 0, mentee, now)).isInstanceOf(StaleVersionException.class);
        var stored = content.interpretation(organization, checkIn.id());
        assertThat(stored.interpretation().worked()).isEqualTo("Pairing");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.updatedBy()).isEqualTo(mentor);
    }

    @Test
    void risksKeepTheirClosureAndTheirPair() {
        CheckIn checkIn = scheduled();
        Risk risk = Risk.raise(checkIn, new RiskDraft("Release freeze", 2, 3, "Ask for an exception", mentee), mentor, now);
        risks.insert(organization, risk, mentor);
        risks.update(organization, risk.drop(mentee, "The freeze was lifted", checkIn.id(), now.plusSeconds(5)), mentee, now.plusSeconds(5));

        Risk stored = risks.find(organization, risk.id()).orElseThrow();

        assertThat(stored.status()).isEqualTo(Risk.Status.DROPPED);
        assertThat(stored.closure().reason()).isEqualTo("The freeze was lifted");
        assertThat(stored.closure().in()).isEqualTo(checkIn.id());
        assertThat(stored.pair()).isEqualTo(new Pair(mentor, mentee));
        assertThat(stored.score()).isEqualTo(6);
    }

    private ActionItem plan(CheckIn checkIn, String task) {
        ActionItem item = ActionItem.plan(checkIn, new ActionItemDraft(task, mentee, LocalDate.now().plusDays(7),
                List.of(new Resource(Resource.Kind.TRAINING, "the internal course")), null), mentee, now);
        actionItems.insert(organization, item, mentee);
        return actionItems.find(organization, item.id()).orElseThrow();
    }
}
