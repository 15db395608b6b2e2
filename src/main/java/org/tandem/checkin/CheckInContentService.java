package org.tandem.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.checkin.page.CheckInReader;
import org.tandem.checkin.CheckInView.AnswerView;
import org.tandem.checkin.CheckInView.FeedbackView;
import org.tandem.checkin.CheckInView.InterpretationView;
import org.tandem.checkin.CheckInView.TakeawayView;
import org.tandem.checkin.CheckInView.NoteView;
import org.tandem.checkin.CheckInView.ObservationView;
import org.tandem.checkin.CheckInView.WinView;
import org.tandem.checkin.page.Views;
import org.tandem.checkin.record.CheckInContentRepository;
import org.tandem.checkin.record.FeedbackEntry;
import org.tandem.checkin.record.FeedbackEntryRepository;
import org.tandem.checkin.record.GrowthAnswer;
import org.tandem.checkin.record.Interpretation;
import org.tandem.checkin.record.Takeaway;
import org.tandem.checkin.record.Note;
import org.tandem.checkin.record.NoteRepository;
import org.tandem.checkin.record.Observation;
import org.tandem.checkin.record.Win;
import org.tandem.checkin.session.CheckInAccess;
import org.tandem.checkin.session.CheckInMessages;
import org.tandem.feedback.FeedbackQuality;
import org.tandem.people.Actor;
import org.tandem.program.Prompt;
import org.tandem.program.PromptLibrary;
import org.tandem.program.SectionKind;
import org.tandem.shared.Enums;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * What the pair records in a check-in: observations for the review, the interpretation, answers to growth
 * questions (and questions skipped), feedback for each other, wins to celebrate, and notes. Only the pair adds,
 * and only while the check-in is scheduled or running; notes may also be written afterwards. Feedback is the one
 * thing a giver may rewrite or withdraw, also only while the check-in is open.
 */
@Service
public class CheckInContentService {

    private final CheckInAccess access;
    private final CheckInContentRepository content;
    private final FeedbackEntryRepository feedbackEntries;
    private final NoteRepository notes;
    private final CheckInReader reader;
    private final FeedbackQuality feedbackQuality;
    private final CheckInMessages messages;
    private final PromptLibrary library = PromptLibrary.standard();

    CheckInContentService(CheckInAccess access, CheckInContentRepository content, FeedbackEntryRepository feedbackEntries,
            NoteRepository notes, CheckInReader reader, FeedbackQuality feedbackQuality, CheckInMessages messages) {
        this.access = access;
        this.content = content;
        this.feedbackEntries = feedbackEntries;
        this.notes = notes;
        this.reader = reader;
        this.feedbackQuality = feedbackQuality;
        this.messages = messages;
    }

    @Transactional
    public ObservationView observe(Actor actor, CheckInId id, String kind, String text, LocalDate observedOn, Instant now) {
        var visible = access.checkIn(actor, id);
        Observation observation = Observation.log(visible.checkIn(), Enums.parseOr(Observation.Kind.class, kind, "kind", null), text,
                observedOn, actor.personId(), now);
        content.insert(actor.organizationId(), visible.mentorship().id(), observation);
        changed(actor, id, CheckInRoutes.OBSERVATIONS_ID, null);
        return views(actor, visible).observation(observation);
    }

    /**
     * Rewrites the interpretation. With {@code basedOn} (a form's version or an If-Match) a change by the other
     * person since then is refused instead of overwritten; without it, the latest write wins.
     */
    @Transactional
    public InterpretationView interpret(Actor actor, CheckInId id, String worked, String didNotWork, String why, OptionalLong basedOn,
            Instant now) {
        var visible = access.checkIn(actor, id);
        Interpretation value = Interpretation.of(visible.checkIn(), worked, didNotWork, why, actor.personId());
        var current = content.interpretation(actor.organizationId(), id);
        content.saveInterpretation(actor.organizationId(), id, value, basedOn.orElse(current.version()), actor.personId(), now);
        changed(actor, id, CheckInRoutes.INTERPRETATION_ID, null);
        return interpretation(actor, id);
    }

    public InterpretationView interpretation(Actor actor, CheckInId id) {
        var visible = access.checkIn(actor, id);
        var stored = content.interpretation(actor.organizationId(), id);
        Views v = views(actor, visible);
        return new InterpretationView(stored.interpretation().worked(), stored.interpretation().didNotWork(),
                stored.interpretation().why(), stored.version(), v.person(stored.updatedBy()), stored.updatedAt());
    }

    /**
     * Rewrites what the pair takes away (the Close section), guarded by its version like the interpretation:
     * with {@code basedOn} a change by the other person since then is refused instead of overwritten.
     */
    @Transactional
    public TakeawayView takeAway(Actor actor, CheckInId id, String text, OptionalLong basedOn, Instant now) {
        var visible = access.checkIn(actor, id);
        Takeaway value = Takeaway.of(visible.checkIn(), text, actor.personId());
        var current = content.takeaway(actor.organizationId(), id);
        content.saveTakeaway(actor.organizationId(), id, value, basedOn.orElse(current.version()), actor.personId(), now);
        changed(actor, id, CheckInRoutes.TAKEAWAY_ID, null);
        return takeaway(actor, id);
    }

    public TakeawayView takeaway(Actor actor, CheckInId id) {
        var visible = access.checkIn(actor, id);
        return reader.takeaway(actor.organizationId(), id, views(actor, visible));
    }

    /** A library question (by {@code promptId}; its text is stored with the answer) or the pair's own. */
    @Transactional
    public AnswerView answer(Actor actor, CheckInId id, String promptId, String question, String answer, Instant now) {
        var visible = access.checkIn(actor, id);
        String asked = question;
        if (promptId != null && !promptId.isBlank()) {
            Prompt prompt = library.byId(promptId.strip())
                    .orElseThrow(() -> new InvalidInputException("promptId", "is not a prompt of the library"));
            asked = question == null || question.isBlank() ? prompt.text() : question;
        }
        GrowthAnswer given = GrowthAnswer.give(visible.checkIn(), promptId, asked, answer, actor.personId(), now);
        content.insert(actor.organizationId(), given);
        changed(actor, id, CheckInRoutes.GROWTH_ID, promptId == null || promptId.isBlank() ? "own" : promptId);
        return views(actor, visible).answer(given);
    }

    @Transactional
    public void skipPrompt(Actor actor, CheckInId id, String promptId, Instant now) {
        var visible = access.checkIn(actor, id);
        visible.checkIn().requireContributor(actor.personId());
        Prompt prompt = library.byId(promptId == null ? "" : promptId.strip())
                .orElseThrow(() -> new InvalidInputException("promptId", "is not a prompt of the library"));
        content.skip(actor.organizationId(), id, prompt.id(), actor.personId(), now);
        changed(actor, id, CheckInRoutes.GROWTH_ID, null);
    }

    /** Growth questions still open for this check-in: for its emphasis first, without those answered or skipped. */
    public List<Prompt> openQuestions(Actor actor, CheckInId id) {
        var visible = access.checkIn(actor, id);
        return reader.openQuestions(actor.organizationId(), id, visible.mentorship().emphasis());
    }

    @Transactional
    public FeedbackView giveFeedback(Actor actor, CheckInId id, String text, String situation, String behaviour, String impact,
            String nextStep, Instant now) {
        var visible = access.checkIn(actor, id);
        FeedbackEntry entry = FeedbackEntry.give(visible.checkIn(), text, situation, behaviour, impact, nextStep, actor.personId(), now);
        feedbackEntries.insert(actor.organizationId(), entry);
        changed(actor, id, CheckInRoutes.FEEDBACK_ID, null);
        return views(actor, visible).feedback(entry, feedbackQuality, actor.personId(), List.of());
    }

    /** Whether the actor could give feedback in the check-in now (one of the pair, check-in not over); 404 if not visible. */
    public boolean mayGiveFeedback(Actor actor, CheckInId id) {
        try {
            access.checkIn(actor, id).checkIn().requireContributor(actor.personId());
            return true;
        } catch (InvalidStateException | NotAllowedException e) {
            return false;
        }
    }

    /**
     * The giver rewrites their feedback while the check-in is open: free text or the four parts, as when it was
     * given. With {@code basedOn} (If-Match or the body's version) an edit made meanwhile is refused, not overwritten.
     */
    @Transactional
    public FeedbackView reviseFeedback(Actor actor, CheckInId id, UUID entryId, String text, String situation, String behaviour, String impact,
            String nextStep, OptionalLong basedOn, Instant now) {
        var visible = access.checkIn(actor, id);
        FeedbackEntry entry = feedbackEntry(actor, id, entryId);
        FeedbackEntry.Revised revised = entry.revise(visible.checkIn(), text, situation, behaviour, impact, nextStep, actor.personId(), now);
        Versions.check("The feedback", basedOn, entry.version());
        feedbackEntries.revise(actor.organizationId(), revised, entry.version());
        changed(actor, id, CheckInRoutes.FEEDBACK_ID, entryId.toString());
        return views(actor, visible).feedback(revised.entry(), feedbackQuality, actor.personId(),
                feedbackEntries.revisionsBy(actor.organizationId(), id, actor.personId()).getOrDefault(entryId, List.of()));
    }

    /** The giver takes their feedback back while the check-in is open: it goes, with its earlier texts. */
    @Transactional
    public void withdrawFeedback(Actor actor, CheckInId id, UUID entryId, OptionalLong basedOn) {
        var visible = access.checkIn(actor, id);
        FeedbackEntry entry = feedbackEntry(actor, id, entryId);
        entry.requireWithdrawableBy(visible.checkIn(), actor.personId());
        Versions.check("The feedback", basedOn, entry.version());
        feedbackEntries.withdraw(actor.organizationId(), entry, entry.version());
        changed(actor, id, CheckInRoutes.FEEDBACK_ID, entryId.toString());
    }

    private FeedbackEntry feedbackEntry(Actor actor, CheckInId id, UUID entryId) {
        return feedbackEntries.feedbackEntry(actor.organizationId(), id, entryId).orElseThrow(() -> new NotFoundException("Feedback", entryId));
    }

    @Transactional
    public WinView nameWin(Actor actor, CheckInId id, String text, Instant now) {
        var visible = access.checkIn(actor, id);
        Win win = Win.name(visible.checkIn(), text, actor.personId(), now);
        content.insert(actor.organizationId(), win);
        changed(actor, id, CheckInRoutes.WINS_ID, null);
        return views(actor, visible).win(win);
    }

    @Transactional
    public NoteView writeNote(Actor actor, CheckInId id, String text, String visibility, Instant now) {
        var visible = access.checkIn(actor, id);
        Note note = Note.write(visible.checkIn(), text, Enums.parseOr(Note.Visibility.class, visibility, "visibility", null), actor.personId(), now);
        notes.insert(actor.organizationId(), note);
        // a private note's event reaches its author's streams only (decision 0088)
        messages.partChanged(id, CheckInRoutes.NOTES_ID, null, actor.personId(), note.visibility() != Note.Visibility.PAIR);
        return views(actor, visible).note(note, actor.personId());
    }

    /** A note by its id, to its author or (PAIR) to the pair; to anyone else it does not exist. */
    public NoteView note(Actor actor, java.util.UUID noteId) {
        Note note = notes.find(actor.organizationId(), noteId, actor.personId())
                .orElseThrow(() -> new org.tandem.shared.NotFoundException("Note", noteId));
        var visible = access.checkIn(actor, note.checkInId());
        return views(actor, visible).note(note, actor.personId());
    }

    /** Within the transaction of the change: the other person's open page fetches the part again (decision 0092). */
    private void changed(Actor actor, CheckInId id, String part, String item) {
        messages.partChanged(id, part, item, actor.personId(), false);
    }

    private Views views(Actor actor, CheckInAccess.Visible visible) {
        return reader.views(actor.organizationId(), visible.checkIn(), actor.timeZone());
    }
}
