package org.tandem.people;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.shared.ApiResponses;

/** The caller themself and their personal access tokens. */
@RestController
@Tag(name = "Me")
class MeApiController {

    static final String ME = "/api/v1/me";
    static final String TOKENS = "/api/v1/me/tokens";
    static final String TOKEN = "/api/v1/me/tokens/{id}";

    private final ApiTokens tokens;

    MeApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record Me(UUID id, String email, String displayName, Set<Role> roles, UUID organizationId, String timeZone) {
    }

    record NewToken(String name, LocalDate expiresOn) {
    }

    record CreatedToken(UUID id, String name, String token, LocalDate expiresOn) {
    }

    @GetMapping(ME)
    Me me(Actor actor) {
        return new Me(actor.personId().value(), actor.email(), actor.displayName(), actor.roles(),
                actor.organizationId().value(), actor.timeZone().getId());
    }

    @PostMapping(TOKENS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedToken> createToken(Actor actor, @RequestBody NewToken body) {
        var created = tokens.create(actor, body.name(), body.expiresOn());
        return ApiResponses.createdWithSecret(TOKEN.replace("{id}", created.id().toString()),
                new CreatedToken(created.id(), created.name(), created.token(), created.expiresOn()));
    }

    @GetMapping(TOKENS)
    List<ApiToken> tokens(Actor actor) {
        return tokens.list(actor);
    }

    @DeleteMapping(TOKEN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Actor actor, @PathVariable UUID id) {
        tokens.revoke(actor, id);
    }
}
