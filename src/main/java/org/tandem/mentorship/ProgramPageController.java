package org.tandem.mentorship;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.people.Actor;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.Role;
import org.tandem.program.Emphasis;
import org.tandem.program.Playbook;
import org.tandem.program.Playbooks;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.FormErrors;
import org.tandem.shared.FormValues;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.PageRequest;

/**
 * A program's page: its playbook and its pairs, and the form that forms a new pair. It lives here rather
 * than in the program feature because it shows mentorships, and programs must not depend on them.
 */
@Controller
public class ProgramPageController {

    public static final String PAGE = "/programs/{id}";
    public static final String PAIRS = "/programs/{id}/mentorships";

    private final Programs programs;
    private final Playbooks playbooks;
    private final Mentorships mentorships;
    private final MentorshipViews views;
    private final PeopleService people;

    ProgramPageController(Programs programs, Playbooks playbooks, Mentorships mentorships, MentorshipViews views, PeopleService people) {
        this.programs = programs;
        this.playbooks = playbooks;
        this.mentorships = mentorships;
        this.views = views;
        this.people = people;
    }

    public record PairForm(String mentorId, String menteeId, String firstAt, Emphasis emphasis) {
    }

    /**
     * {@code mentorships}: the first {@link PageRequest#MAX_LIMIT} pairs, by id; {@code pairCount}: all of them (the pair
     * table pages through every pair); {@code nextCheckIns}: when each pair meets next, by mentorship id (absent when
     * nothing is scheduled).
     */
    public record ProgramPage(Program program, Playbook playbook, List<MentorshipView> mentorships, int pairCount, Map<UUID, Instant> nextCheckIns,
                              List<Person> mentors, List<Person> mentees, List<Emphasis> emphases, PairForm form, FormErrors errors,
                              String flash, String pairAction) {
    }

    @GetMapping(PAGE)
    String page(Actor actor, @PathVariable ProgramId id, Model model) {
        return render(actor, programs.get(actor, id), new PairForm(null, null, null, Emphasis.GENERAL), FormErrors.NONE, model);
    }

    @PostMapping(PAIRS)
    String pair(Actor actor, @PathVariable ProgramId id, @RequestParam(required = false) String mentorId,
            @RequestParam(required = false) String menteeId, @RequestParam(required = false) String firstAt,
            @RequestParam(required = false) Emphasis emphasis, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Program program = programs.get(actor, id);
        var form = new PairForm(mentorId, menteeId, firstAt, emphasis);
        try {
            var draft = new Mentorships.MentorshipDraft(program.id(), personId(mentorId, "mentorId"), personId(menteeId, "menteeId"),
                    null, null, FormValues.instant(firstAt, actor.timeZone(), "firstAt"), emphasis);
            mentorships.create(actor, draft);
            redirect.addFlashAttribute("flash", "The pair was formed.");
            return "redirect:" + PAGE.replace("{id}", id.toString());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return render(actor, program, form, FormErrors.of(e), model);
        }
    }

    private String render(Actor actor, Program program, PairForm form, FormErrors errors, Model model) {
        var pairs = mentorships.list(actor, Optional.of(program.id()), PageRequest.first(PageRequest.MAX_LIMIT)).items();
        model.addAttribute("page", new ProgramPage(program, playbooks.get(actor.organizationId(), program.playbookId()),
                views.of(actor.organizationId(), pairs), mentorships.countVisible(actor, List.of(program.id())).get(program.id()),
                views.nextCheckIns(actor.organizationId(), pairs),
                people.withRole(actor.organizationId(), Role.MENTOR),
                people.withRole(actor.organizationId(), Role.MENTEE), List.of(Emphasis.values()), form, errors,
                (String) model.asMap().get("flash"), PAIRS.replace("{id}", program.id().toString())));
        return "mentorship/program";
    }

    private static PersonId personId(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PersonId.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not a person");
        }
    }
}
