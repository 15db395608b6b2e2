package org.tandem.checkin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.tandem.program.SectionKind;

/**
 * A check-in as one person may see it: the answer of {@code GET /api/v1/check-ins/{id}} and the model of the
 * check-in page. Notes are only those the reader may read; the mentee's rating is shown to the mentee and the
 * autonomy rating to the mentor, the others learn only that a rating was given.
 */
public record CheckInView(UUID id, UUID mentorshipId, CheckInStatus status, Instant scheduledAt, int durationMinutes,
                          Instant startedAt, Instant completedAt, Instant missedAt, Cancellation cancellation,
                          PlaybookRef playbook, PersonRef mentor, PersonRef mentee, List<Section> agenda,
                          SectionKind currentSection, Instant currentSince, ReviewView review, CarriedOver carriedOver,
                          InterpretationView interpretation, List<AnswerView> answers, List<RiskView> risks,
                          List<FeedbackView> feedback, List<ActionItemView> actionItems, List<WinView> wins,
                          List<NoteView> notes, RatingView rating, AutonomyView autonomy, boolean rated,
                          boolean autonomyRated, SummaryView summary, long version, TakeawayView takeaway) {

    public record PersonRef(UUID id, String displayName) {
    }

    /** The playbook version the agenda was copied from; {@code name} is that version's name (null if unknown). */
    public record PlaybookRef(UUID id, int version, String name) {
    }

    public record Cancellation(PersonRef by, String reason, Instant at) {
    }

    /** One agenda section: the plan copied from the playbook and the time really used. */
    public record Section(SectionKind kind, String title, int minutes, List<String> prompts, long usedSeconds,
                          long usedMinutes, boolean current, boolean over) {

        /** Whole minutes past the timebox, as people say it: "3 min over". */
        public long overMinutes() {
            return over ? Math.max(1, Math.round((usedSeconds - minutes * 60L) / 60.0)) : 0;
        }
    }

    public record ReviewView(Instant since, List<MeasurementView> measurements, List<ActionItemView> actionItemsDone,
                             List<ActionItemView> actionItemsOpen, List<ActionItemView> actionItemsOverdue,
                             List<MilestoneView> milestonesReached, List<ObservationView> observations) {
    }

    public record MeasurementView(UUID goalId, String goalTitle, String unit, BigDecimal from, BigDecimal to, BigDecimal change) {
    }

    public record MilestoneView(UUID id, UUID goalId, String title, Instant reachedAt, String celebrationPath) {
    }

    public record ObservationView(UUID id, UUID checkInId, String kind, String text, LocalDate observedOn, PersonRef by,
                                  Instant recordedAt) {
    }

    /** What the RECAP shows: earlier commitments, each with how it carries over ({@code carried}). */
    public record CarriedOver(List<ActionItemView> actionItems, List<RiskView> risks) {

        public boolean isEmpty() {
            return actionItems.isEmpty() && risks.isEmpty();
        }
    }

    public record ResourceView(String kind, String description) {
    }

    public record ClosureView(PersonRef by, Instant at, UUID checkInId, String reason) {
    }

    public record ReplanView(LocalDate from, LocalDate to, PersonRef by, Instant at) {
    }

    /**
     * @param checkInId the check-in that planned it
     * @param carried   in a recap: STILL_OPEN, REPLANNED, DONE or DROPPED; absent elsewhere
     */
    public record ActionItemView(UUID id, UUID checkInId, String task, PersonRef owner, LocalDate dueOn,
                                 List<ResourceView> resources, UUID goalId, String status, boolean overdue,
                                 Instant createdAt, ClosureView closure, ReplanView replan, String carried, long version) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    public record RiskView(UUID id, UUID checkInId, String description, int likelihood, int impact, int score, String level,
                           String support, PersonRef owner, String status, Instant raisedAt, ClosureView closure,
                           String carried, long version) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** Version 0: nobody has written it yet. */
    public record InterpretationView(String worked, String didNotWork, String why, long version, PersonRef updatedBy,
                                     Instant updatedAt) {
    }

    /** What the pair takes away, written in the Close section. Version 0: nobody has written it yet. */
    public record TakeawayView(String text, long version, PersonRef updatedBy, Instant updatedAt) {
    }

    public record AnswerView(UUID id, String promptId, String question, String answer, PersonRef by, Instant answeredAt) {
    }

    /**
     * One problem the feedback feature's check found in an entry's text: the rule (e.g. {@code TRAIT_LANGUAGE}), the
     * characters it covers ({@code start} inclusive, {@code end} exclusive), why it matters and a suggested rewrite
     * shape. Computed when the entry is read, so an improved check also explains older entries.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "FeedbackEntryFinding")
    public record Finding(String rule, int start, int end, String message, String suggestion) {

        public static Finding of(org.tandem.feedback.Finding found) {
            return new Finding(found.rule().name(), found.start(), found.end(), found.message(), found.suggestion());
        }
    }

    /**
     * One feedback entry with the findings of the check for its text. {@code mine}: the reader gave it (and may edit
     * or withdraw it while the check-in is open); {@code history}: the texts it replaced, newest first — only ever
     * filled for its giver, empty for everyone else. {@code editedAt} is null until the giver rewrites it.
     */
    public record FeedbackView(UUID id, PersonRef giver, PersonRef receiver, String text, String situation,
                               String behaviour, String impact, String nextStep, Instant givenAt,
                               List<Finding> findings, Instant editedAt, long version, boolean mine,
                               List<EarlierText> history) {

        /** A text the entry had before its giver rewrote it: given or last rewritten at {@code writtenAt}. */
        @io.swagger.v3.oas.annotations.media.Schema(name = "FeedbackEarlierText")
        public record EarlierText(String text, String situation, String behaviour, String impact, String nextStep, Instant writtenAt,
                                  Instant replacedAt) {
        }

        public boolean structured() {
            return behaviour != null;
        }

        /** A piece of the text, and the rule of the finding that covers it (null for plain text). */
        public record Segment(String text, String rule) {
        }

        /** The text cut at the findings, so a page can mark them; overlapping findings keep the first. */
        public List<Segment> segments() {
            List<Segment> segments = new ArrayList<>();
            int at = 0;
            for (var finding : findings.stream().sorted(Comparator.comparingInt(Finding::start)).toList()) {
                int start = Math.max(at, Math.min(finding.start(), text.length()));
                int end = Math.min(finding.end(), text.length());
                if (end <= start) {
                    continue;
                }
                if (start > at) {
                    segments.add(new Segment(text.substring(at, start), null));
                }
                segments.add(new Segment(text.substring(start, end), finding.rule()));
                at = end;
            }
            if (at < text.length()) {
                segments.add(new Segment(text.substring(at), null));
            }
            return segments;
        }
    }

    public record WinView(UUID id, String text, PersonRef by, Instant recordedAt) {
    }

    /** {@code mine} tells the page whose note it is; a PRIVATE note only ever reaches its author. */
    public record NoteView(UUID id, String text, String visibility, PersonRef author, Instant writtenAt, boolean mine) {
    }

    public record RatingView(int clarity, int usefulness, int support, String comment, Instant ratedAt) {
    }

    public record AutonomyView(int rating, Instant ratedAt) {
    }

    public record SummaryView(UUID checkInId, String markdown, String html, Instant generatedAt) {
    }

    public Section section(SectionKind kind) {
        return agenda.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }

    public boolean has(SectionKind kind) {
        return section(kind) != null;
    }

    public boolean editable() {
        return status == CheckInStatus.SCHEDULED || status == CheckInStatus.IN_PROGRESS;
    }

    public boolean inProgress() {
        return status == CheckInStatus.IN_PROGRESS;
    }

    public int plannedMinutes() {
        return agenda.stream().mapToInt(Section::minutes).sum();
    }

    public long usedSeconds() {
        return agenda.stream().mapToLong(Section::usedSeconds).sum();
    }
}
