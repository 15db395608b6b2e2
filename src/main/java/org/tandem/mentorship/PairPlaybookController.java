package org.tandem.mentorship;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.RequestTime;
import org.tandem.shared.StaleVersionException;

/** The pair's playbook page: the agenda its check-ins copy, and the form with which the pair tailors it. */
@Controller
public class PairPlaybookController {

    public static final String PLAYBOOK = "/mentorships/{id}/playbook";

    private final Mentorships mentorships;
    private final MentorshipViews views;
    private final PairPlaybooks pairPlaybooks;

    PairPlaybookController(Mentorships mentorships, MentorshipViews views, PairPlaybooks pairPlaybooks) {
        this.mentorships = mentorships;
        this.views = views;
        this.pairPlaybooks = pairPlaybooks;
    }

    public static String path(UUID mentorship) {
        return PLAYBOOK.replace("{id}", mentorship.toString());
    }

    /** {@code canTailor}: the reader is of the pair and the mentorship runs; others read the agenda only. */
    public record PairPlaybookPage(MentorshipView mentorship, PairPlaybook playbook, String tailoredBy, boolean canTailor, TailoringForm form,
                                   FormErrors errors, String flash) {

        public String action() {
            return path(mentorship.id());
        }
    }

    @GetMapping(PLAYBOOK)
    String page(Actor actor, @PathVariable MentorshipId id, Model model) {
        Mentorship mentorship = mentorships.visible(actor, id);
        PairPlaybook playbook = pairPlaybooks.of(mentorship);
        return render(actor, mentorship, playbook, TailoringForm.of(playbook), FormErrors.NONE, model);
    }

    @PostMapping(PLAYBOOK)
    String tailor(Actor actor, @PathVariable MentorshipId id, @RequestParam MultiValueMap<String, String> params, @RequestTime Instant now,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Mentorship mentorship = mentorships.visible(actor, id);
        PairPlaybook current = pairPlaybooks.of(mentorship);
        TailoringForm form = TailoringForm.of(current);
        try {
            form = TailoringForm.read(current, params);
            pairPlaybooks.tailor(actor, id, form.tailoring(), OptionalLong.of(form.version()), now);
            redirect.addFlashAttribute("flash", "Your tailoring is saved. Check-ins planned from now on follow it; those already planned keep their agenda.");
            return "redirect:" + path(id.value());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return render(actor, mentorship, current, form, form.errors(e), model);
        } catch (StaleVersionException e) {
            response.setStatus(409);
            PairPlaybook fresh = pairPlaybooks.of(mentorship);
            return render(actor, mentorship, fresh, TailoringForm.of(fresh), FormErrors.of("version", e.getMessage()), model);
        }
    }

    private String render(Actor actor, Mentorship mentorship, PairPlaybook playbook, TailoringForm form, FormErrors errors, Model model) {
        MentorshipView view = views.of(mentorship);
        String by = playbook.tailored().map(t -> t.by().value().equals(view.mentor().id()) ? view.mentor().displayName()
                : t.by().value().equals(view.mentee().id()) ? view.mentee().displayName() : "someone who has left the pair").orElse(null);
        model.addAttribute("page", new PairPlaybookPage(view, playbook, by,
                mentorship.isPair(actor.personId()) && mentorship.status() == Mentorship.Status.ACTIVE, form, errors,
                (String) model.asMap().get("flash")));
        return "mentorship/pairPlaybook";
    }
}
