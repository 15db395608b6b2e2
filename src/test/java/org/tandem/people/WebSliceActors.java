package org.tandem.people;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The authentication a signed-in person carries, for web-slice tests that run a controller without the people
 * feature behind it: the same principal the application puts in the security context, so an {@link Actor}
 * parameter resolves as it does in production.
 */
public final class WebSliceActors {

    private WebSliceActors() {
    }

    public static Actor actor(Role... roles) {
        return new Actor(new PersonId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()), "sam@example.org", "Sam Rivera",
                Set.of(roles), ZoneId.of("Europe/Berlin"));
    }

    public static Authentication as(Actor actor) {
        TandemUser user = new TandemUser(actor, "", true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
