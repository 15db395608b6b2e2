package org.tandem.people.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.people.Actor;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditLog;
import org.tandem.people.AuditTarget;

/** The signed-in person's own sessions: how many browsers are signed in, and "sign out everywhere". */
@Controller
public class SessionsController {

    public static final String SESSIONS = "/account/sessions";
    public static final String SIGN_OUT_EVERYWHERE = "/sessions/sign-out-everywhere";

    private final Sessions sessions;
    private final AuditLog audit;

    SessionsController(Sessions sessions, AuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    public record SessionsPage(int signedInBrowsers) {
    }

    @GetMapping(SESSIONS)
    String page(Actor actor, Model model) {
        model.addAttribute("page", new SessionsPage(sessions.count(actor.personId())));
        return "people/sessions";
    }

    /** Ends every page session of the caller, this one included, and says so on the login page. */
    @PostMapping(SIGN_OUT_EVERYWHERE)
    String signOutEverywhere(Actor actor, HttpServletRequest request, HttpServletResponse response) {
        int ended = sessions.endAll(actor.personId());
        audit.record(actor, AuditAction.SIGNED_OUT_EVERYWHERE, AuditTarget.person(actor.personId()),
                Map.of("sessions", Integer.toString(Math.max(ended, 1))));
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "redirect:/login?signedOut";
    }
}
