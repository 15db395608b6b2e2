package org.tandem.program;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.people.Actor;
import org.tandem.people.PersonId;
import org.tandem.people.Role;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.NavContributor;
import org.tandem.shared.NotAllowedException;

/** The programs a lead or admin looks after, and setting up a new one. */
@Controller
public class ProgramController implements NavContributor {

    public static final String PROGRAMS = "/programs";

    private final Programs programs;
    private final Playbooks playbooks;

    ProgramController(Programs programs, Playbooks playbooks) {
        this.programs = programs;
        this.playbooks = playbooks;
    }

    public static String path(ProgramId id) {
        return PROGRAMS + "/" + id;
    }

    public record ProgramForm(String name, String playbookId, Integer intervalDays, Integer durationMinutes, Integer surveyThreshold) {
    }

    public record ProgramsPage(List<Program> programs, List<Playbook> playbooks, ProgramForm form, FormErrors errors) {
    }

    @GetMapping(PROGRAMS)
    String list(Actor actor, Model model) {
        requireManager(actor);
        return render(actor, new ProgramForm("", null, Cadence.FORTNIGHTLY.intervalDays(), Cadence.FORTNIGHTLY.durationMinutes(),
                Program.DEFAULT_SURVEY_THRESHOLD), FormErrors.NONE, model);
    }

    @PostMapping(PROGRAMS)
    String create(Actor actor, @RequestParam(required = false) String name, @RequestParam(required = false) String playbookId,
            @RequestParam(required = false) Integer intervalDays, @RequestParam(required = false) Integer durationMinutes,
            @RequestParam(required = false) Integer surveyThreshold, Model model, HttpServletResponse response) {
        var form = new ProgramForm(name, playbookId, intervalDays, durationMinutes, surveyThreshold);
        try {
            PlaybookId playbook = playbookId == null || playbookId.isBlank() ? null : PlaybookId.of(playbookId);
            List<PersonId> leads = actor.is(Role.PROGRAM_LEAD) ? List.of(actor.personId()) : List.of();
            Program program = programs.create(actor, new Programs.ProgramDraft(name, playbook, intervalDays, durationMinutes, leads, surveyThreshold));
            return "redirect:" + path(program.id());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return render(actor, form, FormErrors.of(e), model);
        } catch (IllegalArgumentException e) {
            response.setStatus(400);
            return render(actor, form, FormErrors.of("playbookId", "choose a playbook"), model);
        }
    }

    private String render(Actor actor, ProgramForm form, FormErrors errors, Model model) {
        model.addAttribute("page", new ProgramsPage(programs.visibleTo(actor), playbooks.list(actor.organizationId()), form, errors));
        return "program/programs";
    }

    private static void requireManager(Actor actor) {
        if (!actor.managesPeople()) {
            throw new NotAllowedException("Only admins and program leads manage programs");
        }
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Entry> entries(Set<String> roles) {
        return roles.contains(Role.ADMIN.name()) || roles.contains(Role.PROGRAM_LEAD.name()) ? List.of(new Entry("Programs", PROGRAMS), new Entry("Playbooks", PlaybookController.PLAYBOOKS)) : List.of();
    }
}
