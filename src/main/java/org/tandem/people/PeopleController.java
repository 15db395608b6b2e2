package org.tandem.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.NavContributor;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;

/** The people directory for admins and leads: search, add one person, import many. */
@Controller
public class PeopleController implements NavContributor {

    public static final String PEOPLE = "/people";
    public static final String IMPORT = "/people/import";
    public static final String IMPORT_RESULT_ID = "import-result";

    private final PeopleService people;

    PeopleController(PeopleService people) {
        this.people = people;
    }

    public record PeoplePage(String query, Page<Person> people, FormErrors errors, PersonDraft draft, Set<Role> grantable,
                             String flash) {
    }

    public record ImportPage(ImportResult result) {
    }

    @GetMapping(PEOPLE)
    String list(Actor actor, @RequestParam(required = false) String query, @RequestParam(required = false) String cursor, Model model) {
        requireManager(actor);
        return render(actor, query, cursor, FormErrors.NONE, null, model);
    }

    @PostMapping(PEOPLE)
    String create(Actor actor, @RequestParam(required = false) String email, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) List<Role> roles, @RequestParam(required = false) String team,
            @RequestParam(required = false) String title, @RequestParam(required = false) String seniority,
            @RequestParam(required = false) String timeZone, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var draft = new PersonDraft(email, displayName, roles == null ? Set.of() : Set.copyOf(roles), team, title, seniority, timeZone, null);
        try {
            Person person = people.create(actor, draft);
            redirect.addFlashAttribute("flash", person.displayName() + " was added. An invitation to choose a password is on its way to "
                    + person.email() + ".");
            return "redirect:" + PEOPLE;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return render(actor, null, null, FormErrors.of(e), draft, model);
        }
    }

    @GetMapping(IMPORT)
    String importPage(Actor actor, Model model) {
        requireManager(actor);
        model.addAttribute("page", new ImportPage(null));
        return "people/import";
    }

    /** Without JavaScript this answers the whole page; with htmx only the result panel, while the page shows upload progress. */
    @PostMapping(IMPORT)
    String importCsv(Actor actor, @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String csv,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, HttpServletResponse response)
            throws IOException {
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv == null ? "" : csv;
        ImportResult result = people.importCsv(actor, text);
        if (!result.succeeded()) {
            response.setStatus(htmx != null ? 200 : 400);
        }
        model.addAttribute("page", new ImportPage(result));
        return htmx != null ? "people/importResult" : "people/import";
    }

    private String render(Actor actor, String query, String cursor, FormErrors errors, PersonDraft draft, Model model) {
        Set<Role> grantable = actor.isAdmin() ? EnumSet.allOf(Role.class) : EnumSet.of(Role.PROGRAM_LEAD, Role.MENTOR, Role.MENTEE);
        model.addAttribute("page", new PeoplePage(query, people.search(actor, query, PageRequest.of(50, cursor)), errors,
                draft == null ? new PersonDraft(null, null, Set.of(), null, null, null, null, null) : draft, grantable,
                (String) model.asMap().get("flash")));
        return "people/people";
    }

    private static void requireManager(Actor actor) {
        if (!actor.managesPeople()) {
            throw new NotAllowedException("Only admins and program leads manage people");
        }
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Entry> entries(Set<String> roles) {
        return roles.contains(Role.ADMIN.name()) || roles.contains(Role.PROGRAM_LEAD.name()) ? List.of(new Entry("People", PEOPLE)) : List.of();
    }
}
