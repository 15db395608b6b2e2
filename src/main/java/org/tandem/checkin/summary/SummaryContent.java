package org.tandem.checkin.summary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.actionplan.Risk;
import org.tandem.checkin.page.Review;
import org.tandem.checkin.record.FeedbackEntry;
import org.tandem.checkin.record.GrowthAnswer;
import org.tandem.checkin.record.Interpretation;
import org.tandem.checkin.record.Note;
import org.tandem.people.PersonId;

/**
 * Everything a check-in's summary may draw from, gathered by the repository. Notes come in unfiltered on
 * purpose: {@link CheckInSummary} itself keeps the private ones out, so no caller can forget to.
 *
 * @param adjustments goal revisions proposed in the check-in (the goal feature owns them; here only words)
 * @param names       display names of the people mentioned, by id
 * @param feedback    feedback the pair gave each other in the check-in
 * @param takeaway    what the pair wrote they take away, in the Close section (null when nothing was written)
 */
public record SummaryContent(String title, Instant heldAt, Review review, Interpretation interpretation,
                      List<Adjustment> adjustments, List<String> celebrations, List<Risk> risks,
                      List<ActionItem> actionPlan, List<Note> notes, List<GrowthAnswer> growthAnswers,
                      Map<PersonId, String> names, List<FeedbackEntry> feedback, String takeaway) {

    public SummaryContent(String title, Instant heldAt, Review review, Interpretation interpretation, List<Adjustment> adjustments,
                   List<String> celebrations, List<Risk> risks, List<ActionItem> actionPlan, List<Note> notes,
                   List<GrowthAnswer> growthAnswers, Map<PersonId, String> names, List<FeedbackEntry> feedback) {
        this(title, heldAt, review, interpretation, adjustments, celebrations, risks, actionPlan, notes, growthAnswers, names,
                feedback, null);
    }

    public SummaryContent(String title, Instant heldAt, Review review, Interpretation interpretation, List<Adjustment> adjustments,
                   List<String> celebrations, List<Risk> risks, List<ActionItem> actionPlan, List<Note> notes,
                   List<GrowthAnswer> growthAnswers, Map<PersonId, String> names) {
        this(title, heldAt, review, interpretation, adjustments, celebrations, risks, actionPlan, notes, growthAnswers, names,
                List.of());
    }

    public SummaryContent {
        interpretation = interpretation == null ? Interpretation.EMPTY : interpretation;
        adjustments = List.copyOf(adjustments);
        celebrations = List.copyOf(celebrations);
        risks = List.copyOf(risks);
        actionPlan = List.copyOf(actionPlan);
        notes = List.copyOf(notes);
        growthAnswers = List.copyOf(growthAnswers);
        names = Map.copyOf(names);
        feedback = List.copyOf(feedback);
    }

    public record Adjustment(String goalTitle, String rationale) {
    }

    String nameOf(PersonId person) {
        return names.getOrDefault(person, "(unknown person)");
    }
}
