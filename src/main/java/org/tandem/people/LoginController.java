package org.tandem.people;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    static final String LOGIN = "/login";

    private final List<SignInExtension.LoginOption> options;

    LoginController(ObjectProvider<SignInExtension> signInExtensions) {
        this.options = signInExtensions.orderedStream().flatMap(e -> e.loginOption().stream()).toList();
    }

    @GetMapping(LOGIN)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) Integer locked, @RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("lockedMinutes", locked == null || locked < 1 ? null : Math.min(locked, 24 * 60));
        model.addAttribute("signedOutEverywhere", signedOut != null);
        model.addAttribute("options", options);
        return "people/login";
    }
}
