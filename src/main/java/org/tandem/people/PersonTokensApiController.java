package org.tandem.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.shared.NotAllowedException;

/** Admins see and revoke anyone's personal access tokens: names and dates only, never a token itself. */
@RestController
@Tag(name = "People")
class PersonTokensApiController {

    static final String TOKENS = "/api/v1/people/{id}/tokens";
    static final String TOKEN = "/api/v1/people/{id}/tokens/{tokenId}";

    private final ApiTokens tokens;
    private final PeopleService people;

    PersonTokensApiController(ApiTokens tokens, PeopleService people) {
        this.tokens = tokens;
        this.people = people;
    }

    @GetMapping(TOKENS)
    @Operation(summary = "A person's live tokens (admin): metadata only")
    List<ApiToken> list(Actor actor, @PathVariable PersonId id) {
        requireAdmin(actor, id);
        return tokens.listOf(actor, id);
    }

    @DeleteMapping(TOKEN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a person's token (admin); it is refused from the next request on")
    void revoke(Actor actor, @PathVariable PersonId id, @PathVariable UUID tokenId) {
        requireAdmin(actor, id);
        tokens.revoke(actor, id, tokenId);
    }

    /** The person must be visible (else 404) before the caller's role is weighed (403). */
    private void requireAdmin(Actor actor, PersonId id) {
        people.get(actor, id);
        if (!actor.isAdmin()) {
            throw new NotAllowedException("Only an admin manages other people's tokens");
        }
    }
}
