package org.tandem.people.account;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
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
import org.tandem.people.PersonDraft;
import org.tandem.people.ApiToken;
import org.tandem.people.PersonId;
import org.tandem.people.privacy.PersonalDataController;
import org.tandem.people.signin.Sessions;
import org.tandem.people.PersonInvolvement;
import org.tandem.people.Role;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;

/**
 * One person's page: profile, roles, what they take part in, status and invitation, and the actions the reader may
 * take on them. Admins and program leads see everyone's; everybody sees their own (without the managing actions).
 * Only an admin is offered (and may) edit, deactivate or reactivate an admin.
 */
@Controller
public class PersonPageController {

    public static final String PERSON = "/people/{id}";
    public static final String DEACTIVATION = "/people/{id}/deactivation";
    public static final String REACTIVATION = "/people/{id}/reactivation";
    public static final String INVITATION = "/people/{id}/invitation";
    public static final String ERASURE = "/people/{id}/erasure";

    private final PeopleService people;
    private final Invitations invitations;
    private final ObjectProvider<PersonInvolvement> involvements;
    private final AccountPeople accounts;
    private final Sessions sessions;

    PersonPageController(PeopleService people, Invitations invitations, ObjectProvider<PersonInvolvement> involvements,
            AccountPeople accounts, Sessions sessions) {
        this.people = people;
        this.invitations = invitations;
        this.involvements = involvements;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    public static String href(PersonId id) {
        return PERSON.replace("{id}", id.toString());
    }

    /** What the reader may do here; each is shown only when true and refused otherwise. */
    public record Actions(boolean edit, boolean deactivate, boolean reactivate, boolean resendInvitation, boolean changeOwnPassword,
                          boolean listPeople, boolean erase) {

        static Actions of(Actor actor, Person person) {
            boolean manages = actor.managesPeople() && (!person.has(Role.ADMIN) || actor.isAdmin());
            boolean self = actor.isSelf(person.id());
            return new Actions(manages && person.active(), manages && person.active() && !self, manages && !person.active(),
                    actor.managesPeople() && person.invited(), self, actor.managesPeople(), actor.isAdmin() && !self);
        }
    }

    /** The confirmation before an erasure: whom it erases, and the address to type (the check that it is the right person). */
    public record ErasurePage(Person person, String typed, FormErrors errors) {

        public String action() {
            return ERASURE.replace("{id}", person.id().toString());
        }

        public String cancel() {
            return PersonPageController.href(person.id());
        }

        public String export() {
            return PersonalDataController.PAGE.replace("{id}", person.id().toString());
        }
    }

    public record PersonPage(Person person, List<String> involvement, Invitations.State invitation, Actions actions, PersonDraft draft,
                             Set<Role> grantable, FormErrors errors, String flash, Access access) {

        public String href() {
            return PersonPageController.href(person.id());
        }
    }

    @GetMapping(PERSON)
    String page(Actor actor, @PathVariable PersonId id, Model model) {
        Person person = visible(actor, id);
        return render(actor, person, null, FormErrors.NONE, model);
    }

    @PostMapping(PERSON)
    String edit(Actor actor, @PathVariable PersonId id, @RequestParam(required = false) String email,
            @RequestParam(required = false) String displayName, @RequestParam(required = false) List<Role> roles,
            @RequestParam(required = false) String team, @RequestParam(required = false) String title,
            @RequestParam(required = false) String seniority, @RequestParam(required = false) String timeZone,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Person person = visible(actor, id);
        if (!Actions.of(actor, person).edit()) {
            throw new NotAllowedException("You may not edit " + person.displayName());
        }
        var draft = new PersonDraft(email, displayName, roles == null ? Set.of() : Set.copyOf(roles), team, title, seniority, timeZone, null);
        try {
            people.update(actor, id, draft, version == null ? OptionalLong.empty() : OptionalLong.of(version));
            redirect.addFlashAttribute("flash", "Saved.");
            return "redirect:" + href(id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return render(actor, person, draft, FormErrors.of(e), model);
        }
    }

    @PostMapping(DEACTIVATION)
    String deactivate(Actor actor, @PathVariable PersonId id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Person person = visible(actor, id);
        if (!Actions.of(actor, person).deactivate()) {
            throw new NotAllowedException("You may not deactivate " + person.displayName());
        }
        people.deactivate(actor, id, version == null ? OptionalLong.empty() : OptionalLong.of(version));
        redirect.addFlashAttribute("flash", person.displayName() + " is deactivated and can no longer sign in.");
        return "redirect:" + href(id);
    }

    @PostMapping(REACTIVATION)
    String reactivate(Actor actor, @PathVariable PersonId id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Person person = visible(actor, id);
        if (!Actions.of(actor, person).reactivate()) {
            throw new NotAllowedException("You may not reactivate " + person.displayName());
        }
        Person back = people.reactivate(actor, id, version == null ? OptionalLong.empty() : OptionalLong.of(version));
        redirect.addFlashAttribute("flash", back.invited()
                ? person.displayName() + " is back, still invited: send a fresh invitation so they can choose a password."
                : person.displayName() + " is active again and can sign in.");
        return "redirect:" + href(id);
    }

    @GetMapping(ERASURE)
    String confirmErasure(Actor actor, @PathVariable PersonId id, Model model) {
        Person person = erasable(actor, id);
        model.addAttribute("page", new ErasurePage(person, "", FormErrors.NONE));
        return "people/erase";
    }

    /** Erases once the admin typed the person's email address; anything else changes nothing and says why. */
    @PostMapping(ERASURE)
    String erase(Actor actor, @PathVariable PersonId id, @RequestParam(required = false) String confirm, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Person person = erasable(actor, id);
        if (confirm == null || !confirm.strip().equalsIgnoreCase(person.email())) {
            response.setStatus(400);
            model.addAttribute("page", new ErasurePage(person, confirm == null ? "" : confirm,
                    FormErrors.of("confirm", "Type " + person.email() + " exactly, to be sure it is the right person")));
            return "people/erase";
        }
        people.erase(actor, id);
        // The flash no longer names them: after this request nothing in Tandem does.
        redirect.addFlashAttribute("flash", "Their personal data is erased. They now read \"Former member\" wherever their work "
                + "stays, and the program's figures are unchanged.");
        return "redirect:" + href(id);
    }

    /** Only an admin erases, and never themself; to anyone else the page does not exist. */
    private Person erasable(Actor actor, PersonId id) {
        Person person = visible(actor, id);
        if (!Actions.of(actor, person).erase()) {
            throw new NotFoundException("Person", id);
        }
        return person;
    }

    @PostMapping(INVITATION)
    String resend(Actor actor, @PathVariable PersonId id, RedirectAttributes redirect) {
        Person person = visible(actor, id);
        invitations.resend(actor, id);
        redirect.addFlashAttribute("flash", "A fresh invitation is on its way to " + person.email() + ". The previous link no longer works.");
        return "redirect:" + href(id);
    }

    /** Managers see everyone of their organization, others only themselves; anyone else's page does not exist for them. */
    private Person visible(Actor actor, PersonId id) {
        if (!actor.managesPeople() && !actor.isSelf(id)) {
            throw new NotFoundException("Person", id);
        }
        return people.get(actor, id);
    }

    private String render(Actor actor, Person person, PersonDraft draft, FormErrors errors, Model model) {
        Set<Role> grantable = actor.isAdmin() ? EnumSet.allOf(Role.class) : EnumSet.of(Role.PROGRAM_LEAD, Role.MENTOR, Role.MENTEE);
        List<String> involvement = involvements.orderedStream()
                .flatMap(i -> i.involvementOf(person.organizationId(), person.id()).stream()).toList();
        PersonDraft shown = draft != null ? draft : new PersonDraft(person.email(), person.displayName(), person.roles(), person.team(),
                person.title(), person.seniority(), person.timeZone().getId(), null);
        model.addAttribute("page", new PersonPage(person, involvement, invitations.state(actor.organizationId(), person),
                Actions.of(actor, person), shown, grantable, errors, (String) model.asMap().get("flash"), access(actor, person)));
        return "people/person";
    }

    /**
     * How the person gets in: their open page sessions and access tokens, shown to themselves and to admins
     * (who may end them through the account's events or revoke tokens); null for everyone else.
     */
    public record Access(int openSessions, List<ApiToken> tokens, boolean own) {
    }

    private Access access(Actor reader, Person person) {
        if (!reader.isSelf(person.id()) && !reader.isAdmin()) {
            return null;
        }
        return new Access(sessions.count(person.id()), accounts.tokensAsSeenBy(reader, person.id()), reader.isSelf(person.id()));
    }
}
