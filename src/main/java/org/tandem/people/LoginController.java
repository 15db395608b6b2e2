package org.tandem.people;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    static final String LOGIN = "/login";

    @GetMapping(LOGIN)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) Integer locked, @RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("lockedMinutes", locked == null || locked < 1 ? null : Math.min(locked, 24 * 60));
        model.addAttribute("signedOutEverywhere", signedOut != null);
        return "people/login";
    }
}
