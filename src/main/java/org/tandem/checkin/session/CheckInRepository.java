package org.tandem.checkin.session;

import static org.tandem.db.Tables.CHECK_IN;
import static org.tandem.db.Tables.CHECK_IN_SECTION;
import static org.tandem.db.Tables.CHECK_IN_SUMMARY;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInStatus;
import org.tandem.checkin.support.Sql;
import org.tandem.db.tables.records.CheckInRecord;
import org.tandem.db.tables.records.CheckInSectionRecord;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.program.PlaybookId;
import org.tandem.program.SectionKind;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/** Owns the SQL of check-ins, their agenda and their stored summary. Every statement is scoped by organization. */
@Repository
public class CheckInRepository {

    private final DSLContext dsl;

    CheckInRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Where a check-in's agenda came from: the playbook and the version it was copied at. */
    public record Origin(PlaybookId playbookId, int playbookNumber) {
    }

    public record StoredSummary(String markdown, String html, Instant generatedAt) {
    }

    public void insert(OrganizationId organization, CheckIn checkIn, Origin origin, Instant now) {
        CheckInState s = checkIn.state();
        dsl.insertInto(CHECK_IN)
                .set(CHECK_IN.ID, s.id().value())
                .set(CHECK_IN.ORGANIZATION_ID, organization.value())
                .set(CHECK_IN.MENTORSHIP_ID, s.mentorshipId().value())
                .set(CHECK_IN.MENTOR_ID, s.pair().mentor().value())
                .set(CHECK_IN.MENTEE_ID, s.pair().mentee().value())
                .set(CHECK_IN.PLAYBOOK_ID, origin.playbookId().value())
                .set(CHECK_IN.PLAYBOOK_NUMBER, origin.playbookNumber())
                .set(CHECK_IN.SCHEDULED_AT, s.scheduledAt())
                .set(CHECK_IN.DURATION_MINUTES, s.durationMinutes())
                .set(CHECK_IN.STATUS, s.status().name())
                .set(CHECK_IN.CREATED_AT, now)
                .set(CHECK_IN.VERSION, 0L)
                .execute();
        List<AgendaSection> sections = s.agenda().sections();
        for (int i = 0; i < sections.size(); i++) {
            AgendaSection section = sections.get(i);
            dsl.insertInto(CHECK_IN_SECTION)
                    .set(CHECK_IN_SECTION.CHECK_IN_ID, s.id().value())
                    .set(CHECK_IN_SECTION.POSITION, i)
                    .set(CHECK_IN_SECTION.ORGANIZATION_ID, organization.value())
                    .set(CHECK_IN_SECTION.KIND, section.kind().name())
                    .set(CHECK_IN_SECTION.TITLE, section.title())
                    .set(CHECK_IN_SECTION.PLANNED_MINUTES, section.plannedMinutes())
                    .set(CHECK_IN_SECTION.PROMPTS, String.join("\n", section.prompts()))
                    .set(CHECK_IN_SECTION.USED_SECONDS, section.usedSeconds())
                    .execute();
        }
    }

    /** Saves a changed check-in if nobody saved another change since it was read; returns it at its new version. */
    public CheckIn update(OrganizationId organization, CheckIn checkIn) {
        CheckInState s = checkIn.state();
        var cancellation = s.cancellation();
        var rating = s.rating();
        var autonomy = s.autonomyRating();
        int updated = dsl.update(CHECK_IN)
                .set(CHECK_IN.SCHEDULED_AT, s.scheduledAt())
                .set(CHECK_IN.DURATION_MINUTES, s.durationMinutes())
                .set(CHECK_IN.STATUS, s.status().name())
                .set(CHECK_IN.CURRENT_SECTION, s.agenda().currentKind() == null ? null : s.agenda().currentKind().name())
                .set(CHECK_IN.CURRENT_SINCE, s.agenda().currentSince())
                .set(CHECK_IN.STARTED_AT, s.startedAt())
                .set(CHECK_IN.COMPLETED_AT, s.completedAt())
                .set(CHECK_IN.MISSED_AT, s.missedAt())
                .set(CHECK_IN.CANCELLED_BY, cancellation == null ? null : cancellation.by().value())
                .set(CHECK_IN.CANCEL_REASON, cancellation == null ? null : cancellation.reason())
                .set(CHECK_IN.CANCELLED_AT, cancellation == null ? null : cancellation.at())
                .set(CHECK_IN.RATING_CLARITY, rating == null ? null : rating.clarity())
                .set(CHECK_IN.RATING_USEFULNESS, rating == null ? null : rating.usefulness())
                .set(CHECK_IN.RATING_SUPPORT, rating == null ? null : rating.support())
                .set(CHECK_IN.RATING_COMMENT, rating == null ? null : rating.comment())
                .set(CHECK_IN.RATED_AT, rating == null ? null : rating.ratedAt())
                .set(CHECK_IN.AUTONOMY_RATING, autonomy == null ? null : autonomy.rating())
                .set(CHECK_IN.AUTONOMY_RATED_AT, autonomy == null ? null : autonomy.ratedAt())
                .set(CHECK_IN.VERSION, s.version() + 1)
                .where(CHECK_IN.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN.ID.eq(s.id().value()))
                .and(CHECK_IN.VERSION.eq(s.version()))
                .execute();
        Versions.requireWritten(updated, "This check-in", () -> currentVersion(organization, s.id()));
        for (AgendaSection section : s.agenda().sections()) {
            dsl.update(CHECK_IN_SECTION)
                    .set(CHECK_IN_SECTION.USED_SECONDS, section.usedSeconds())
                    .where(CHECK_IN_SECTION.ORGANIZATION_ID.eq(organization.value()))
                    .and(CHECK_IN_SECTION.CHECK_IN_ID.eq(s.id().value()))
                    .and(CHECK_IN_SECTION.KIND.eq(section.kind().name()))
                    .execute();
        }
        return find(organization, s.id()).orElseThrow();
    }

    public Optional<CheckIn> find(OrganizationId organization, CheckInId id) {
        return load(CHECK_IN.ORGANIZATION_ID.eq(organization.value()).and(CHECK_IN.ID.eq(id.value())), organization).stream().findFirst();
    }

    public Optional<Origin> origin(OrganizationId organization, CheckInId id) {
        return dsl.select(CHECK_IN.PLAYBOOK_ID, CHECK_IN.PLAYBOOK_NUMBER).from(CHECK_IN)
                .where(CHECK_IN.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN.ID.eq(id.value()))
                .fetchOptional(r -> new Origin(new PlaybookId(r.value1()), r.value2()));
    }

    /** What became of a check-in (its status and completion), without its agenda: enough to find review points. */
    public record Outcome(CheckInId id, CheckInStatus status, Instant completedAt) {
        public static Outcome of(CheckIn checkIn) {
            return new Outcome(checkIn.id(), checkIn.status(), checkIn.completedAt());
        }
    }

    /** What became of every check-in of the mentorship, in one small query (a page reads this, not the whole history). */
    public List<Outcome> outcomes(OrganizationId organization, MentorshipId mentorship) {
        return dsl.select(CHECK_IN.ID, CHECK_IN.STATUS, CHECK_IN.COMPLETED_AT).from(CHECK_IN)
                .where(CHECK_IN.ORGANIZATION_ID.eq(organization.value())).and(CHECK_IN.MENTORSHIP_ID.eq(mentorship.value()))
                .fetch(r -> new Outcome(new CheckInId(r.value1()), CheckInStatus.valueOf(r.value2()), r.value3()));
    }

    /** Every check-in of the mentorship, by planned time: a pair holds dozens, not thousands. */
    public List<CheckIn> ofMentorship(OrganizationId organization, MentorshipId mentorship) {
        return load(CHECK_IN.ORGANIZATION_ID.eq(organization.value()).and(CHECK_IN.MENTORSHIP_ID.eq(mentorship.value())), organization);
    }

    /** The check-ins a person took part in, as mentor or mentee. */
    public List<CheckIn> ofPerson(OrganizationId organization, PersonId person) {
        return load(CHECK_IN.ORGANIZATION_ID.eq(organization.value())
                .and(CHECK_IN.MENTOR_ID.eq(person.value()).or(CHECK_IN.MENTEE_ID.eq(person.value()))), organization);
    }

    /**
     * What a person's check-ins may ask of them: the ones not yet held that start before {@code until}, and the ones
     * completed since {@code completedSince} (which may wait for a rating).
     */
    public List<CheckIn> needingAttention(OrganizationId organization, PersonId person, Instant completedSince, Instant until) {
        return load(CHECK_IN.ORGANIZATION_ID.eq(organization.value())
                .and(CHECK_IN.MENTOR_ID.eq(person.value()).or(CHECK_IN.MENTEE_ID.eq(person.value())))
                .and(CHECK_IN.STATUS.in(CheckInStatus.SCHEDULED.name(), CheckInStatus.IN_PROGRESS.name()).and(CHECK_IN.SCHEDULED_AT.lt(until))
                        .or(CHECK_IN.STATUS.eq(CheckInStatus.COMPLETED.name()).and(CHECK_IN.COMPLETED_AT.ge(completedSince)))), organization);
    }

    /** The check-in where a pair's open items are worked on now: the one under way, else the next scheduled one. */
    public Optional<CheckInId> current(OrganizationId organization, MentorshipId mentorship) {
        return dsl.select(CHECK_IN.ID).from(CHECK_IN)
                .where(CHECK_IN.ORGANIZATION_ID.eq(organization.value())).and(CHECK_IN.MENTORSHIP_ID.eq(mentorship.value()))
                .and(CHECK_IN.STATUS.in(CheckInStatus.IN_PROGRESS.name(), CheckInStatus.SCHEDULED.name()))
                .orderBy(DSL.when(CHECK_IN.STATUS.eq(CheckInStatus.IN_PROGRESS.name()), 0).otherwise(1), CHECK_IN.SCHEDULED_AT)
                .limit(1)
                .fetchOptional(CHECK_IN.ID).map(CheckInId::new);
    }

    /** One page of a mentorship's check-ins in the order they were scheduled (ids are time-ordered). */
    public List<CheckIn> page(OrganizationId organization, MentorshipId mentorship, PageRequest page) {
        Condition condition = CHECK_IN.ORGANIZATION_ID.eq(organization.value()).and(CHECK_IN.MENTORSHIP_ID.eq(mentorship.value()));
        if (page.after().isPresent()) {
            condition = condition.and(CHECK_IN.ID.gt(page.after().get()));
        }
        List<UUID> ids = dsl.select(CHECK_IN.ID).from(CHECK_IN).where(condition).orderBy(CHECK_IN.ID).limit(page.fetchSize())
                .fetch(CHECK_IN.ID);
        Map<UUID, CheckIn> loaded = load(CHECK_IN.ORGANIZATION_ID.eq(organization.value()).and(CHECK_IN.ID.in(ids)), organization)
                .stream().collect(Collectors.toMap(c -> c.id().value(), c -> c));
        return ids.stream().map(loaded::get).toList();
    }

    /** The check-in of the mentorship now in progress, if any: where closing an item between sessions is recorded. */
    public Optional<CheckInId> inProgress(OrganizationId organization, MentorshipId mentorship) {
        return dsl.select(CHECK_IN.ID).from(CHECK_IN)
                .where(CHECK_IN.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN.MENTORSHIP_ID.eq(mentorship.value()))
                .and(CHECK_IN.STATUS.eq(CheckInStatus.IN_PROGRESS.name()))
                .orderBy(CHECK_IN.STARTED_AT.desc())
                .limit(1)
                .fetchOptional(r -> new CheckInId(r.value1()));
    }

    /** Scheduled check-ins planned at or before {@code before}: those whose grace period has passed, for the missed-check-in job. */
    public List<CheckIn> scheduledBefore(OrganizationId organization, Instant before) {
        return load(CHECK_IN.ORGANIZATION_ID.eq(organization.value())
                .and(CHECK_IN.STATUS.eq(CheckInStatus.SCHEDULED.name()))
                .and(CHECK_IN.SCHEDULED_AT.le(before)), organization);
    }

    /** A check-in named across organizations, for the jobs that serve every organization. */
    public record Located(OrganizationId organization, CheckInId id) {
    }

    /** A scheduled check-in as a reminder needs it. */
    public record Coming(OrganizationId organization, CheckInId id, PersonId mentor, PersonId mentee, Instant scheduledAt,
                  int durationMinutes) {
    }

    /**
     * Scheduled check-ins of every organization planned at or before {@code before}, oldest first: the missed-check-in job
     * looks at each one in its own organization afterwards. The only unscoped reads here, and they return ids only.
     */
    public List<Located> scheduledBeforeEverywhere(Instant before, int limit) {
        return dsl.select(CHECK_IN.ORGANIZATION_ID, CHECK_IN.ID).from(CHECK_IN)
                .where(CHECK_IN.STATUS.eq(CheckInStatus.SCHEDULED.name()))
                .and(CHECK_IN.SCHEDULED_AT.le(before))
                .orderBy(CHECK_IN.SCHEDULED_AT, CHECK_IN.ID)
                .limit(limit)
                .fetch(r -> new Located(new OrganizationId(r.value1()), new CheckInId(r.value2())));
    }

    /** Scheduled check-ins of every organization planned within {@code [from, to]}. */
    public List<Coming> scheduledBetweenEverywhere(Instant from, Instant to) {
        return dsl.select(CHECK_IN.ORGANIZATION_ID, CHECK_IN.ID, CHECK_IN.MENTOR_ID, CHECK_IN.MENTEE_ID, CHECK_IN.SCHEDULED_AT,
                        CHECK_IN.DURATION_MINUTES).from(CHECK_IN)
                .where(CHECK_IN.STATUS.eq(CheckInStatus.SCHEDULED.name()))
                .and(CHECK_IN.SCHEDULED_AT.between(from, to))
                .orderBy(CHECK_IN.SCHEDULED_AT, CHECK_IN.ID)
                .fetch(r -> new Coming(new OrganizationId(r.value1()), new CheckInId(r.value2()), Sql.person(r.value3()),
                        Sql.person(r.value4()), r.value5(), r.value6()));
    }

    /** Of these mentorships, the ones that have a scheduled check-in. */
    public java.util.Set<UUID> withScheduledCheckIn(java.util.Collection<UUID> mentorships) {
        if (mentorships.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(dsl.selectDistinct(CHECK_IN.MENTORSHIP_ID).from(CHECK_IN)
                .where(CHECK_IN.MENTORSHIP_ID.in(mentorships))
                .and(CHECK_IN.STATUS.eq(CheckInStatus.SCHEDULED.name()))
                .fetch(CHECK_IN.MENTORSHIP_ID));
    }

    public void saveSummary(OrganizationId organization, CheckInId id, String markdown, String html, Instant now) {
        dsl.insertInto(CHECK_IN_SUMMARY)
                .set(CHECK_IN_SUMMARY.CHECK_IN_ID, id.value())
                .set(CHECK_IN_SUMMARY.ORGANIZATION_ID, organization.value())
                .set(CHECK_IN_SUMMARY.MARKDOWN, markdown)
                .set(CHECK_IN_SUMMARY.HTML, html)
                .set(CHECK_IN_SUMMARY.GENERATED_AT, now)
                .execute();
    }

    /** The stored summary, for a reader of the pair only ({@link PairContent}): anyone else gets nothing. */
    public Optional<StoredSummary> summary(OrganizationId organization, CheckInId id, PersonId reader) {
        return dsl.select(CHECK_IN_SUMMARY.MARKDOWN, CHECK_IN_SUMMARY.HTML, CHECK_IN_SUMMARY.GENERATED_AT).from(CHECK_IN_SUMMARY)
                .join(CHECK_IN).on(CHECK_IN.ID.eq(CHECK_IN_SUMMARY.CHECK_IN_ID)).and(CHECK_IN.ORGANIZATION_ID.eq(CHECK_IN_SUMMARY.ORGANIZATION_ID))
                .where(CHECK_IN_SUMMARY.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN_SUMMARY.CHECK_IN_ID.eq(id.value()))
                .and(PairContent.readableBy(reader))
                .fetchOptional(r -> new StoredSummary(r.value1(), r.value2(), r.value3()));
    }

    private long currentVersion(OrganizationId organization, CheckInId id) {
        return dsl.select(CHECK_IN.VERSION).from(CHECK_IN)
                .where(CHECK_IN.ORGANIZATION_ID.eq(organization.value())).and(CHECK_IN.ID.eq(id.value()))
                .fetchOne(CHECK_IN.VERSION);
    }

    /** Two queries for any number of check-ins: the rows, then all their sections. */
    private List<CheckIn> load(Condition condition, OrganizationId organization) {
        List<CheckInRecord> rows = dsl.selectFrom(CHECK_IN).where(condition).orderBy(CHECK_IN.SCHEDULED_AT, CHECK_IN.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, ? extends List<CheckInSectionRecord>> sections = dsl.selectFrom(CHECK_IN_SECTION)
                .where(CHECK_IN_SECTION.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN_SECTION.CHECK_IN_ID.in(rows.stream().map(CheckInRecord::getId).toList()))
                .orderBy(CHECK_IN_SECTION.CHECK_IN_ID, CHECK_IN_SECTION.POSITION)
                .fetchGroups(CHECK_IN_SECTION.CHECK_IN_ID);
        return rows.stream().map(r -> toCheckIn(r, sections.containsKey(r.getId()) ? sections.get(r.getId()) : List.of())).toList();
    }

    private static CheckIn toCheckIn(CheckInRecord r, List<CheckInSectionRecord> sectionRows) {
        List<AgendaSection> sections = sectionRows.stream()
                .map(s -> new AgendaSection(SectionKind.valueOf(s.getKind()), s.getTitle(), s.getPlannedMinutes(),
                        s.getPrompts().isEmpty() ? List.of() : Arrays.asList(s.getPrompts().split("\n")), s.getUsedSeconds()))
                .toList();
        SectionKind current = r.getCurrentSection() == null ? null : SectionKind.valueOf(r.getCurrentSection());
        var agenda = new Agenda(sections, current, r.getCurrentSince());
        var cancellation = r.getCancelledAt() == null ? null
                : new CheckInState.Cancellation(Sql.person(r.getCancelledBy()), r.getCancelReason(), r.getCancelledAt());
        var rating = r.getRatedAt() == null ? null
                : new Rating(r.getRatingClarity(), r.getRatingUsefulness(), r.getRatingSupport(), r.getRatingComment(), r.getRatedAt());
        var autonomy = r.getAutonomyRatedAt() == null ? null : new AutonomyRating(r.getAutonomyRating(), r.getAutonomyRatedAt());
        var state = new CheckInState(new CheckInId(r.getId()), new MentorshipId(r.getMentorshipId()),
                new Pair(Sql.person(r.getMentorId()), Sql.person(r.getMenteeId())), r.getScheduledAt(),
                r.getDurationMinutes(), CheckInStatus.valueOf(r.getStatus()), agenda, r.getStartedAt(),
                r.getCompletedAt(), r.getMissedAt(), cancellation, rating, autonomy, r.getVersion());
        return CheckIn.restore(state);
    }

    /**
     * The check-ins of a mentorship running now, for a change made outside the check-in (a goal's revision) that its
     * open pages should show. The mentorship id comes from a stored event, not from a request.
     */
    public List<CheckInId> runningOf(MentorshipId mentorship) {
        return dsl.select(CHECK_IN.ID).from(CHECK_IN)
                .where(CHECK_IN.MENTORSHIP_ID.eq(mentorship.value()))
                .and(CHECK_IN.STATUS.eq(CheckInStatus.IN_PROGRESS.name()))
                .fetch(r -> new CheckInId(r.value1()));
    }
}
