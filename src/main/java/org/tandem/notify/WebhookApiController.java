package org.tandem.notify;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
import org.tandem.notify.WebhookRepository.Webhook;
import org.tandem.people.Actor;
import org.tandem.shared.Page;

/** Webhook subscriptions, for admins. The secret is accepted once and never shown again. */
@RestController
@Tag(name = "Webhooks")
class WebhookApiController {

    static final String WEBHOOKS = "/api/v1/webhooks";
    static final String WEBHOOK = "/api/v1/webhooks/{id}";

    private final Webhooks webhooks;

    WebhookApiController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record NewWebhook(String url, List<String> events, String secret) {
    }

    @PostMapping(WEBHOOKS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Webhook> register(Actor actor, @RequestBody NewWebhook body) {
        Webhook created = webhooks.register(actor, body.url(), body.events(), body.secret());
        return ResponseEntity.created(URI.create(WEBHOOK.replace("{id}", created.id().toString()))).body(created);
    }

    @GetMapping(WEBHOOKS)
    Page<Webhook> list(Actor actor) {
        return new Page<>(webhooks.list(actor), null);
    }

    @DeleteMapping(WEBHOOK)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable UUID id) {
        webhooks.delete(actor, id);
    }
}
