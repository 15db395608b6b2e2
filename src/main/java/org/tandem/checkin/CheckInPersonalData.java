package org.tandem.checkin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.people.PersonalDataContributor;
import org.tandem.shared.CallerIdentity;

/**
 * A person's part of the check-ins in their data export: the check-ins they took part in, what they wrote, the
 * commitments they own, the feedback they gave and got, and the ratings they gave. What was said in a check-in is
 * the pair's ({@link PairContent}), so the export carries it only for a requester of that pair: the person asking
 * for their own export gets all of it; an admin exporting someone else gets the check-ins' dates and states but
 * none of the conversation of a pair the admin is not in. PRIVATE notes and the ratings given are in it only when
 * the person asks themselves. Without a signed-in caller (a job, a test without security) it fails closed.
 * Erasure deletes the private notes; what was shared with the other person stays, as it is theirs too.
 */
@Component
class CheckInPersonalData implements PersonalDataContributor {

    private final CheckInRepository checkIns;
    private final ActionItemRepository actionItems;
    private final RiskRepository risks;
    private final CheckInContentRepository content;
    private final NoteRepository notes;
    private final CheckInReader reader;
    private final FeedbackReview feedbackReview;

    CheckInPersonalData(CheckInRepository checkIns, ActionItemRepository actionItems, RiskRepository risks,
            CheckInContentRepository content, NoteRepository notes, CheckInReader reader, FeedbackReview feedbackReview) {
        this.checkIns = checkIns;
        this.actionItems = actionItems;
        this.risks = risks;
        this.content = content;
        this.notes = notes;
        this.reader = reader;
        this.feedbackReview = feedbackReview;
    }


    @Override
    public String section() {
        return "checkIns";
    }

    @Override
    public Map<String, Object> export(OrganizationId organization, PersonId person) {
        List<CheckIn> taken = checkIns.ofPerson(organization, person);
        var pairs = new java.util.HashSet<java.util.UUID>(java.util.Set.of(person.value()));
        taken.forEach(c -> pairs.addAll(java.util.List.of(c.pair().mentor().value(), c.pair().mentee().value())));
        Views v = reader.views(organization, pairs, java.time.ZoneOffset.UTC);
        PersonId requester = caller();
        boolean ownRequest = person.equals(requester);
        Set<CheckInId> readable = taken.stream().filter(c -> PairContent.readableBy(c.pair(), requester)).map(CheckIn::id)
                .collect(Collectors.toSet());
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("checkIns", taken.stream().map(CheckInListItem::of).toList());
        export.put("notes", notes.writtenBy(organization, person).stream()
                .filter(n -> readable.contains(n.checkInId()) && (n.visibility() == Note.Visibility.PAIR || ownRequest))
                .map(n -> v.note(n, person)).toList());
        export.put("observations", content.observationsBy(organization, person).stream()
                .filter(o -> readable.contains(o.checkInId())).map(v::observation).toList());
        export.put("growthAnswers", content.answersBy(organization, person).stream()
                .filter(a -> readable.contains(a.checkInId())).map(v::answer).toList());
        export.put("feedback", content.feedbackOf(organization, person).stream()
                .filter(f -> readable.contains(f.checkInId())).map(f -> v.feedback(f, feedbackReview)).toList());
        export.put("wins", content.winsBy(organization, person).stream().filter(w -> readable.contains(w.checkInId())).map(v::win).toList());
        export.put("actionItems", actionItems.ownedBy(organization, person).stream()
                .filter(i -> readable.contains(i.createdIn())).map(i -> v.actionItem(i, null)).toList());
        export.put("risks", risks.ownedBy(organization, person).stream()
                .filter(r -> readable.contains(r.raisedIn())).map(r -> v.risk(r, null)).toList());
        export.put("ratingsGiven", taken.stream().filter(c -> ownRequest && c.pair().isMentee(person) && c.rating() != null)
                .map(c -> Map.of("checkInId", c.id().value(), "clarity", c.rating().clarity(), "usefulness", c.rating().usefulness(),
                        "support", c.rating().support(), "comment", c.rating().comment() == null ? "" : c.rating().comment(),
                        "ratedAt", c.rating().ratedAt()))
                .toList());
        export.put("autonomyRatingsGiven", taken.stream().filter(c -> ownRequest && c.pair().isMentor(person) && c.autonomyRating() != null)
                .map(c -> Map.of("checkInId", c.id().value(), "rating", c.autonomyRating().rating(), "ratedAt", c.autonomyRating().ratedAt()))
                .toList());
        return export;
    }

    @Override
    public void erase(OrganizationId organization, PersonId person) {
        notes.deletePrivateNotesOf(organization, person);
    }

    /** Who asked for the export; null without a signed-in caller, which then reads nothing of any pair. */
    private static PersonId caller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CallerIdentity caller
                ? new PersonId(caller.personId()) : null;
    }
}
