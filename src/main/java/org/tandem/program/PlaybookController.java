package org.tandem.program;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.people.Actor;
import org.tandem.people.Role;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.StaleVersionException;

/**
 * Playbook pages: the list, one playbook with its versions, and the forms that create one or edit it as its next
 * version. Everyone of the organization reads playbooks; admins and program leads write them ({@link Playbooks}).
 */
@Controller
public class PlaybookController {

    public static final String PLAYBOOKS = "/playbooks";
    public static final String NEW = "/playbooks/new";
    public static final String PLAYBOOK = "/playbooks/{id}";
    public static final String EDIT = "/playbooks/{id}/edit";

    private final Playbooks playbooks;

    PlaybookController(Playbooks playbooks) {
        this.playbooks = playbooks;
    }

    public static String path(PlaybookId id) {
        return PLAYBOOK.replace("{id}", id.toString());
    }

    public static String editPath(PlaybookId id) {
        return EDIT.replace("{id}", id.toString());
    }

    public record PlaybooksPage(List<Playbook> playbooks, boolean canDesign) {
    }

    /** {@code shown} is the version on screen: the current one unless {@code ?version=} asked for an older one. */
    public record PlaybookPage(Playbook current, Playbook shown, List<Playbooks.VersionSummary> versions, boolean canDesign, String flash) {
    }

    /** {@code playbook} is null for a new playbook. */
    public record PlaybookFormPage(Playbook playbook, PlaybookForm form, FormErrors errors, List<Emphasis> emphases, List<Role> roles) {

        public String action() {
            return playbook == null ? PLAYBOOKS : path(playbook.id());
        }
    }

    @GetMapping(PLAYBOOKS)
    String list(Actor actor, Model model) {
        model.addAttribute("page", new PlaybooksPage(playbooks.list(actor.organizationId()), actor.managesPeople()));
        return "program/playbooks";
    }

    @GetMapping(NEW)
    String newForm(Actor actor, Model model) {
        requireDesigner(actor);
        return form(null, PlaybookForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping(PLAYBOOKS)
    String create(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        requireDesigner(actor);
        PlaybookForm form = PlaybookForm.blank();
        try {
            form = PlaybookForm.read(params);
            Playbook created = playbooks.create(actor, form.draft());
            redirect.addFlashAttribute("flash", "Playbook created.");
            return "redirect:" + path(created.id());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(null, form, PlaybookForm.errors(e), model);
        }
    }

    @GetMapping(PLAYBOOK)
    String page(Actor actor, @PathVariable PlaybookId id, @RequestParam(required = false) Integer version, Model model) {
        Playbook current = playbooks.get(actor.organizationId(), id);
        Playbook shown = version == null ? current : playbooks.version(actor.organizationId(), id, version);
        model.addAttribute("page", new PlaybookPage(current, shown, playbooks.versions(actor.organizationId(), id), actor.managesPeople(),
                (String) model.asMap().get("flash")));
        return "program/playbook";
    }

    @GetMapping(EDIT)
    String editForm(Actor actor, @PathVariable PlaybookId id, Model model) {
        Playbook current = playbooks.get(actor.organizationId(), id);
        requireDesigner(actor);
        return form(current, PlaybookForm.of(current), FormErrors.NONE, model);
    }

    /** Saves the form as the playbook's next version; check-ins already planned keep the version they copied. */
    @PostMapping(PLAYBOOK)
    String revise(Actor actor, @PathVariable PlaybookId id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Playbook current = playbooks.get(actor.organizationId(), id);
        requireDesigner(actor);
        PlaybookForm form = PlaybookForm.of(current);
        try {
            form = PlaybookForm.read(params);
            Playbook next = playbooks.revise(actor, id, form.draft(), OptionalLong.of(form.version()));
            redirect.addFlashAttribute("flash", "Saved as version " + next.number() + ". Check-ins already planned keep the version they copied.");
            return "redirect:" + path(id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(current, form, PlaybookForm.errors(e), model);
        } catch (StaleVersionException e) {
            response.setStatus(409);
            return form(current, form, FormErrors.of("version", e.getMessage()), model);
        }
    }

    private String form(Playbook playbook, PlaybookForm form, FormErrors errors, Model model) {
        model.addAttribute("page", new PlaybookFormPage(playbook, form, errors, List.of(Emphasis.values()), List.of(Role.values())));
        return "program/playbookForm";
    }

    private static void requireDesigner(Actor actor) {
        if (!actor.managesPeople()) {
            throw new NotAllowedException("Only admins and program leads design playbooks");
        }
    }
}
