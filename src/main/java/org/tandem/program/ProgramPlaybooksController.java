package org.tandem.program;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.StaleVersionException;

/** A program's playbooks: its own one and the variants chosen for some of its mentees (decision 0086). */
@Controller
public class ProgramPlaybooksController {

    public static final String PLAYBOOKS = "/programs/{id}/playbooks";

    private final Programs programs;
    private final Playbooks playbooks;

    ProgramPlaybooksController(Programs programs, Playbooks playbooks) {
        this.programs = programs;
        this.playbooks = playbooks;
    }

    public static String path(ProgramId id) {
        return PLAYBOOKS.replace("{id}", id.toString());
    }

    /** {@code variants} are the ids ticked (as the form sent them, on a refused form). */
    public record ProgramPlaybooksPage(Program program, List<Playbook> playbooks, String playbookId, List<String> variants, FormErrors errors,
                                       String flash) {

        public String action() {
            return path(program.id());
        }
    }

    @GetMapping(PLAYBOOKS)
    String page(Actor actor, @PathVariable ProgramId id, Model model) {
        Program program = programs.get(actor, id);
        return render(actor, program, program.playbookId().toString(), program.variants().stream().map(PlaybookId::toString).toList(),
                FormErrors.NONE, model);
    }

    @PostMapping(PLAYBOOKS)
    String assign(Actor actor, @PathVariable ProgramId id, @RequestParam(required = false) String playbookId,
            @RequestParam(name = "variantIds", required = false) List<String> variantIds, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Program program = programs.get(actor, id);
        List<String> ticked = variantIds == null ? List.of() : variantIds;
        try {
            programs.assignPlaybooks(actor, id, playbook(playbookId, "playbookId"),
                    ticked.stream().map(v -> playbook(v, "variantIds")).toList(), OptionalLong.of(version));
            redirect.addFlashAttribute("flash", "Playbooks saved. Check-ins planned from now on follow them.");
            return "redirect:" + path(id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return render(actor, program, playbookId, ticked, FormErrors.of(e), model);
        } catch (StaleVersionException e) {
            response.setStatus(409);
            return render(actor, programs.get(actor, id), playbookId, ticked, FormErrors.of("version", e.getMessage()), model);
        }
    }

    private static PlaybookId playbook(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PlaybookId.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "choose a playbook of the list");
        }
    }

    private String render(Actor actor, Program program, String playbookId, List<String> variants, FormErrors errors, Model model) {
        model.addAttribute("page", new ProgramPlaybooksPage(program, playbooks.list(actor.organizationId()), playbookId, variants, errors,
                (String) model.asMap().get("flash")));
        return "program/programPlaybooks";
    }
}
