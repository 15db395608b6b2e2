package org.tandem.mentorship;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.FormValues;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.StaleVersionException;

/** The mentorship page: who the pair is, their rhythm, and the mentee's preferences. */
@Controller
public class MentorshipController {

    static final String PAGE = "/mentorships/{id}";
    static final String CADENCE = "/mentorships/{id}/cadence";
    static final String PREFERENCES = "/mentorships/{id}/preferences";

    private final Mentorships mentorships;
    private final MentorshipViews views;
    private final PairPlaybooks pairPlaybooks;

    MentorshipController(Mentorships mentorships, MentorshipViews views, PairPlaybooks pairPlaybooks) {
        this.mentorships = mentorships;
        this.views = views;
        this.pairPlaybooks = pairPlaybooks;
    }

    public static String path(UUID id) {
        return PAGE.replace("{id}", id.toString());
    }

    /** {@code nextCheckIn} is the check-in actually scheduled next, null when none is. */
    public record MentorshipPage(MentorshipView mentorship, Instant nextCheckIn, boolean isMentee, boolean canChangeCadence, FormErrors errors,
                          String flash, Set<LearningModality> modalities, List<FeedbackStyle> feedbackStyles, String cadenceAction,
                          String preferencesAction, PairPlaybook playbook, boolean canTailor) {

        /** Who of the pair last tailored the playbook, or null when nobody has. */
        public String tailoredBy() {
            return playbook.tailored().map(t -> t.by().value().equals(mentorship.mentor().id()) ? mentorship.mentor().displayName()
                    : t.by().value().equals(mentorship.mentee().id()) ? mentorship.mentee().displayName() : "someone who has left the pair")
                    .orElse(null);
        }

        /** Where the form to change the rhythm starts: the next meeting, or the series' anchor when nothing is scheduled. */
        public Instant cadenceStartsAt() {
            return nextCheckIn != null ? nextCheckIn : mentorship.cadence().nextAt();
        }
    }

    @GetMapping(PAGE)
    String page(Actor actor, @PathVariable MentorshipId id, Model model) {
        return render(actor, mentorships.visible(actor, id), FormErrors.NONE, model);
    }

    @PostMapping(CADENCE)
    String cadence(Actor actor, @PathVariable MentorshipId id, @RequestParam(required = false) Integer intervalDays,
            @RequestParam(required = false) Integer durationMinutes, @RequestParam(required = false) String nextAt,
            @RequestParam long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            mentorships.changeCadence(actor, id, intervalDays, durationMinutes, FormValues.instant(nextAt, actor.timeZone(), "nextAt"), OptionalLong.of(version));
            redirect.addFlashAttribute("flash", "Rhythm saved.");
            return "redirect:" + path(id.value());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return render(actor, mentorships.visible(actor, id), FormErrors.of(e), model);
        } catch (StaleVersionException e) {
            response.setStatus(409);
            return render(actor, mentorships.visible(actor, id), FormErrors.of("version", e.getMessage()), model);
        }
    }

    @PostMapping(PREFERENCES)
    String preferences(Actor actor, @PathVariable MentorshipId id,
            @RequestParam(name = "learningModalities", required = false) List<LearningModality> modalities,
            @RequestParam(required = false) FeedbackStyle feedbackStyle, @RequestParam(required = false) boolean shareRatingsWithMentor,
            @RequestParam long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            mentorships.setPreferences(actor, id, new Preferences(modalities == null ? Set.of() : Set.copyOf(modalities), feedbackStyle,
                    shareRatingsWithMentor), OptionalLong.of(version));
            redirect.addFlashAttribute("flash", "Preferences saved.");
            return "redirect:" + path(id.value());
        } catch (StaleVersionException e) {
            response.setStatus(409);
            return render(actor, mentorships.visible(actor, id), FormErrors.of("version", e.getMessage()), model);
        }
    }

    private String render(Actor actor, Mentorship mentorship, FormErrors errors, Model model) {
        String flash = (String) model.asMap().get("flash");
        model.addAttribute("page", new MentorshipPage(views.of(mentorship),
                views.nextCheckIns(mentorship.organizationId(), List.of(mentorship)).get(mentorship.id().value()), mentorship.isMentee(actor.personId()),
                mentorship.isPair(actor.personId()) || actor.managesPeople(), errors, flash,
                EnumSet.allOf(LearningModality.class), List.of(FeedbackStyle.values()),
                CADENCE.replace("{id}", mentorship.id().toString()), PREFERENCES.replace("{id}", mentorship.id().toString()),
                pairPlaybooks.of(mentorship), mentorship.isPair(actor.personId()) && mentorship.status() == Mentorship.Status.ACTIVE));
        return "mentorship/mentorship";
    }
}
