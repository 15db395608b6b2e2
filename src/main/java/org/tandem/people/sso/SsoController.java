package org.tandem.people.sso;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where the login page's single sign-on button leads, and the page that says why a single sign-on was refused. */
@Controller
@ConditionalOnSso
public class SsoController {

    public static final String START = "/login/sso";
    public static final String REFUSED = "/login/sso/refused";
    /** Spring Security's start of the redirect to the provider. */
    static final String AUTHORIZE = "/oauth2/authorization/" + SsoProperties.REGISTRATION_ID;

    private static final Logger log = LoggerFactory.getLogger(SsoController.class);

    private final ClientRegistrationRepository registrations;

    SsoController(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    public record SsoRefusedPage(String what, String next) {
    }

    /** Reads the provider's discovery document first, so an unreachable provider gets our page rather than an error. */
    @GetMapping(START)
    String start() {
        try {
            registrations.findByRegistrationId(SsoProperties.REGISTRATION_ID);
            return "redirect:" + AUTHORIZE;
        } catch (RuntimeException e) {
            log.warn("Single sign-on provider unreachable: {}", e.getMessage());
            return "redirect:" + REFUSED + "?reason=" + SsoRefusal.PROVIDER.code();
        }
    }

    @GetMapping(REFUSED)
    String refused(@RequestParam(required = false) String reason, Model model) {
        SsoRefusal refusal = SsoRefusal.ofCode(reason == null ? "" : reason).orElse(SsoRefusal.PROVIDER);
        model.addAttribute("page", new SsoRefusedPage(refusal.what(), refusal.next()));
        return "people/ssoRefused";
    }
}
