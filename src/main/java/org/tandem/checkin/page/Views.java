package org.tandem.checkin.page;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.checkin.CheckInView;
import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.actionplan.CarryOver;
import org.tandem.checkin.actionplan.Closure;
import org.tandem.checkin.actionplan.Risk;
import org.tandem.checkin.CheckInView.ActionItemView;
import org.tandem.checkin.CheckInView.AnswerView;
import org.tandem.checkin.CheckInView.ClosureView;
import org.tandem.checkin.CheckInView.FeedbackView;
import org.tandem.checkin.CheckInView.NoteView;
import org.tandem.checkin.CheckInView.ObservationView;
import org.tandem.checkin.CheckInView.PersonRef;
import org.tandem.checkin.CheckInView.ReplanView;
import org.tandem.checkin.CheckInView.ResourceView;
import org.tandem.checkin.CheckInView.RiskView;
import org.tandem.checkin.CheckInView.Section;
import org.tandem.checkin.CheckInView.WinView;
import org.tandem.checkin.record.FeedbackEntry;
import org.tandem.checkin.record.FeedbackRevision;
import org.tandem.checkin.record.GrowthAnswer;
import org.tandem.checkin.record.Note;
import org.tandem.checkin.record.Observation;
import org.tandem.checkin.record.Win;
import org.tandem.checkin.session.Agenda;
import org.tandem.checkin.session.AgendaSection;
import org.tandem.feedback.FeedbackQuality;
import org.tandem.people.PersonId;

/** Turns the domain's values into the public read model, naming people by the names looked up once per request. */
public record Views(Map<UUID, String> names, LocalDate today) {

    public PersonRef person(PersonId id) {
        return id == null ? null : new PersonRef(id.value(), names.getOrDefault(id.value(), "(unknown person)"));
    }

    /** The running section's clock is added, so the page and the API show the time used up to now. */
    static Section section(AgendaSection s, Agenda agenda, Instant now) {
        boolean current = s.kind() == agenda.currentKind();
        long used = s.usedSeconds() + (current ? Math.max(0, now.getEpochSecond() - agenda.currentSince().getEpochSecond()) : 0);
        return new Section(s.kind(), s.title(), s.plannedMinutes(), s.prompts(), used, Math.round(used / 60.0), current,
                used > s.plannedMinutes() * 60L);
    }

    public ActionItemView actionItem(ActionItem i, CarryOver.Disposition carried) {
        return new ActionItemView(i.id(), i.createdIn().value(), i.task(), person(i.owner()), i.dueOn(),
                i.resources().stream().map(r -> new ResourceView(r.kind().name(), r.description())).toList(), i.goalId(),
                i.status().name(), i.isOverdueOn(today), i.createdAt(), closure(i.closure()), replan(i.lastReplan()),
                carried == null ? null : carried.name(), i.version());
    }

    public RiskView risk(Risk r, CarryOver.Disposition carried) {
        return new RiskView(r.id(), r.raisedIn().value(), r.description(), r.likelihood(), r.impact(), r.score(), r.level().name(),
                r.support(), person(r.owner()), r.status().name(), r.raisedAt(), closure(r.closure()),
                carried == null ? null : carried.name(), r.version());
    }

    public ObservationView observation(Observation o) {
        return new ObservationView(o.id(), o.checkInId().value(), o.kind().name(), o.text(), o.observedOn(), person(o.by()), o.recordedAt());
    }

    public AnswerView answer(GrowthAnswer a) {
        return new AnswerView(a.id(), a.promptId(), a.question(), a.answer(), person(a.by()), a.answeredAt());
    }

    /** The entry as {@code reader} sees it: its earlier texts ({@code history}) reach its giver only. */
    public FeedbackView feedback(FeedbackEntry f, FeedbackQuality quality, PersonId reader, List<FeedbackRevision> history) {
        boolean mine = f.giver().equals(reader);
        List<FeedbackView.EarlierText> earlier = !mine ? List.of() : history.stream()
                .map(r -> new FeedbackView.EarlierText(r.text(), r.situation(), r.behaviour(), r.impact(), r.nextStep(), r.writtenAt(),
                        r.replacedAt()))
                .toList();
        return new FeedbackView(f.id(), person(f.giver()), person(f.receiver()), f.text(), f.situation(), f.behaviour(), f.impact(),
                f.nextStep(), f.givenAt(), quality.check(f.text()).stream().map(CheckInView.Finding::of).toList(), f.editedAt(), f.version(), mine, earlier);
    }

    public WinView win(Win w) {
        return new WinView(w.id(), w.text(), person(w.by()), w.recordedAt());
    }

    public NoteView note(Note n, PersonId reader) {
        return new NoteView(n.id(), n.text(), n.visibility().name(), person(n.author()), n.writtenAt(), n.author().equals(reader));
    }

    private ClosureView closure(Closure c) {
        return c == null ? null : new ClosureView(person(c.by()), c.at(), c.in() == null ? null : c.in().value(), c.reason());
    }

    private ReplanView replan(ActionItem.Replan r) {
        return r == null ? null : new ReplanView(r.from(), r.to(), person(r.by()), r.at());
    }
}
