package org.tandem.people.sso;

import java.util.Arrays;
import java.util.Optional;

/** Why a single sign-on was turned away; its code travels in the refused page's address, its words are the page's. */
enum SsoRefusal {
    UNVERIFIED_EMAIL("unverified",
            "Your sign-in service did not confirm that your email address is yours, so Tandem cannot tell whose account this is.",
            "Confirm your email address with your sign-in service (or ask its administrator to), then try again."),
    UNKNOWN_PERSON("unknown",
            "Tandem has no account for the email address your sign-in service gave us.",
            "Ask an admin or program lead of your organization to add you with that address, then try again."),
    DEACTIVATED("deactivated",
            "Your Tandem account is deactivated.",
            "If you think that is a mistake, ask an admin of your organization to reactivate it."),
    PROVIDER("provider",
            "Signing in with your sign-in service did not complete.",
            "Try again in a moment; if it keeps failing, sign in with your password or ask an admin.");

    private final String code;
    private final String what;
    private final String next;

    SsoRefusal(String code, String what, String next) {
        this.code = code;
        this.what = what;
        this.next = next;
    }

    String code() {
        return code;
    }

    String what() {
        return what;
    }

    String next() {
        return next;
    }

    static Optional<SsoRefusal> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
