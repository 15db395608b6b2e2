package org.tandem.shared;

import java.util.List;

/**
 * What the page frame needs on every page: who is signed in, the navigation for their roles, and the
 * CSRF token forms and htmx requests must carry. Given to every template as {@code layout}.
 */
public record Layout(String userName, String userInitials, String userRoles, List<NavItem> nav, String csrfParameter,
                     String csrfHeader, String csrfToken, String currentPath, java.time.ZoneId zone) {

    public static final String ATTRIBUTE = "layout";

    /** The {@code hx-headers} value that makes every htmx request carry the CSRF token, or null. */
    public String htmxHeaders() {
        return csrfToken == null ? null : "{\"" + csrfHeader + "\": \"" + csrfToken + "\"}";
    }

    public boolean signedIn() {
        return userName != null;
    }

    public record NavItem(String label, String href, boolean current) {
    }
}
