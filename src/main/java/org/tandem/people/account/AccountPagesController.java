package org.tandem.people.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.people.Actor;
import org.tandem.people.Person;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;

/**
 * The pages of one's own account: accepting an invitation (then signed in), asking for and using a password-reset
 * link (then sent to sign in with the new password), and changing one's password while signed in.
 */
@Controller
public class AccountPagesController {

    public static final String INVITATION = Invitations.PATH;
    public static final String RESET_REQUEST = "/password-reset";
    public static final String RESET = PasswordResets.PATH;
    public static final String CHANGE_PASSWORD = "/me/password";
    public static final String LOGIN = "/login";

    private final Invitations invitations;
    private final PasswordResets resets;
    private final ResetRequestQueue resetRequests;
    private final PasswordChanges changes;
    private final AccountPeople people;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountPagesController(Invitations invitations, PasswordResets resets, ResetRequestQueue resetRequests, PasswordChanges changes,
            AccountPeople people) {
        this.invitations = invitations;
        this.resets = resets;
        this.resetRequests = resetRequests;
        this.changes = changes;
        this.people = people;
    }

    /** {@code action} is where the form posts; {@code name} greets the invited person (null on reset pages). */
    public record ChoosePasswordPage(String heading, String intro, String name, String email, String action, String button,
                                     FormErrors errors) {
    }

    /** {@code sent}: the form was posted and is answered, the same way whoever asked. */
    public record ResetRequestPage(boolean sent) {
    }

    /** What a visitor with a link that no longer works can do instead. */
    public record LinkUnusablePage(String heading, String explanation, String nextStep, String nextHref, String nextLabel) {
    }

    public record PasswordSetPage(String heading, String message) {
    }

    public record ChangePasswordPage(FormErrors errors, String flash) {
    }

    @GetMapping(INVITATION)
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        var invitee = invitations.invitee(token);
        if (invitee.isEmpty()) {
            return unusableInvitation(model, response);
        }
        return invitationForm(token, invitee.get(), FormErrors.NONE, model);
    }

    @PostMapping(INVITATION)
    String acceptInvitation(@PathVariable String token, @RequestParam(required = false) String password, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            Person person = invitations.accept(token, password);
            signIn(person, request, response);
            return "redirect:/";
        } catch (InvalidInputException e) {
            var invitee = invitations.invitee(token);
            if (invitee.isEmpty()) {
                return unusableInvitation(model, response);
            }
            response.setStatus(400);
            return invitationForm(token, invitee.get(), FormErrors.of(e), model);
        } catch (LinkNotUsableException e) {
            return unusableInvitation(model, response);
        }
    }

    @GetMapping(RESET_REQUEST)
    String resetRequest(Model model) {
        model.addAttribute("page", new ResetRequestPage(false));
        return "people/resetRequest";
    }

    /** Answers at once and alike for every email; the lookup and the mail happen afterwards (see ResetRequestQueue). */
    @PostMapping(RESET_REQUEST)
    String requestReset(@RequestParam(required = false) String email, Model model) {
        resetRequests.submit(email);
        model.addAttribute("page", new ResetRequestPage(true));
        return "people/resetRequest";
    }

    @GetMapping(RESET)
    String reset(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!resets.usable(token)) {
            return unusableReset(model, response);
        }
        return resetForm(token, FormErrors.NONE, model);
    }

    @PostMapping(RESET)
    String useReset(@PathVariable String token, @RequestParam(required = false) String password, Model model,
            HttpServletResponse response) {
        try {
            resets.reset(token, password);
            model.addAttribute("page", new PasswordSetPage("Your new password is set",
                    "Sign in with it now. If you were signed in elsewhere, those sessions have ended."));
            return "people/passwordSet";
        } catch (InvalidInputException e) {
            if (!resets.usable(token)) {
                return unusableReset(model, response);
            }
            response.setStatus(400);
            return resetForm(token, FormErrors.of(e), model);
        } catch (LinkNotUsableException e) {
            return unusableReset(model, response);
        }
    }

    @GetMapping(CHANGE_PASSWORD)
    String changePassword(Actor actor, Model model) {
        model.addAttribute("page", new ChangePasswordPage(FormErrors.NONE, (String) model.asMap().get("flash")));
        return "people/changePassword";
    }

    @PostMapping(CHANGE_PASSWORD)
    String change(Actor actor, @RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            changes.change(actor, currentPassword, newPassword);
            redirect.addFlashAttribute("flash", "Your password is changed. Your other sessions have ended; this one goes on.");
            return "redirect:" + CHANGE_PASSWORD;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("page", new ChangePasswordPage(FormErrors.of(e), null));
            return "people/changePassword";
        }
    }

    @ExceptionHandler(LinkNotUsableException.class)
    String unusable(Model model, HttpServletResponse response) {
        return unusableReset(model, response);
    }

    private String invitationForm(String token, Person invitee, FormErrors errors, Model model) {
        model.addAttribute("page", new ChoosePasswordPage("Welcome, " + invitee.displayName(),
                "Choose the password you will sign in with. Afterwards you go straight to your home page.",
                invitee.displayName(), invitee.email(), INVITATION.replace("{token}", token), "Choose password and sign in", errors));
        return "people/choosePassword";
    }

    private String resetForm(String token, FormErrors errors, Model model) {
        model.addAttribute("page", new ChoosePasswordPage("Choose a new password",
                "Your new password replaces the old one at once, and ends your other sessions.", null, null,
                RESET.replace("{token}", token), "Save new password", errors));
        return "people/choosePassword";
    }

    private String unusableInvitation(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("page", new LinkUnusablePage("This invitation link does not work any more",
                "Invitation links work once and for 7 days, and a newer invitation replaces an older one. This one was "
                        + "already used, has run out, or was replaced. Nothing was changed.",
                "Ask the person who added you to send a fresh invitation. If you already chose your password, sign in.",
                LOGIN, "Go to sign in"));
        return "people/linkUnusable";
    }

    private String unusableReset(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("page", new LinkUnusablePage("This reset link does not work any more",
                "Password-reset links work once and for one hour, and a newer one replaces an older one. This one was "
                        + "already used, has run out, or was replaced. Your password was not changed.",
                "Ask for a new link, and use the newest mail you receive.", RESET_REQUEST, "Ask for a new link"));
        return "people/linkUnusable";
    }

    /** What form login does on success: a new session id, the principal (without its hash) stored in the session. */
    private void signIn(Person person, HttpServletRequest request, HttpServletResponse response) {
        var principal = people.principal(person.organizationId(), person.id());
        if (principal instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        new HttpSessionCsrfTokenRepository().saveToken(null, request, response);
        sessions.saveContext(context, request, response);
    }
}
