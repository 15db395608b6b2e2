package org.tandem.people;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.shared.Format;
import org.tandem.shared.Layout;
import org.tandem.shared.NavContributor;

/** Gives every page template the frame model: the signed-in person, their navigation and the CSRF token. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final List<NavContributor> contributors;

    LayoutAdvice(List<NavContributor> contributors) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(NavContributor::order)).toList();
    }

    @ModelAttribute(Layout.ATTRIBUTE)
    Layout layout(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof TandemUser user)) {
            return new Layout(null, null, null, List.of(), csrf == null ? null : csrf.getParameterName(),
                    csrf == null ? null : csrf.getHeaderName(), csrf == null ? null : csrf.getToken(), path, java.time.ZoneOffset.UTC);
        }
        Actor actor = user.actor();
        Set<String> roles = actor.roles().stream().map(Enum::name).collect(Collectors.toSet());
        List<Layout.NavItem> nav = contributors.stream()
                .flatMap(c -> c.entries(roles).stream())
                .map(e -> new Layout.NavItem(e.label(), e.href(), e.href().equals("/") ? path.equals("/") : path.startsWith(e.href())))
                .toList();
        String roleNames = actor.roles().stream().sorted().map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase().replace('_', ' '))
                .collect(Collectors.joining(", "));
        return new Layout(actor.displayName(), Format.initials(actor.displayName()), roleNames, nav,
                csrf == null ? null : csrf.getParameterName(), csrf == null ? null : csrf.getHeaderName(),
                csrf == null ? null : csrf.getToken(), path, actor.timeZone());
    }
}
