package org.tandem.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Posts a webhook delivery: the stored JSON body, byte for byte the same on every attempt, signed with the
 * subscription's secret, with the outbox id as the delivery id receivers use to drop duplicates.
 */
@Component
class WebhookTransport implements Transport {

    static final String SIGNATURE = "X-Tandem-Signature";
    static final String DELIVERY = "X-Tandem-Delivery";
    static final String EVENT = "X-Tandem-Event";

    private final WebhookRepository webhooks;
    private final WebhookUrlPolicy policy;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    WebhookTransport(WebhookRepository webhooks, WebhookUrlPolicy policy) {
        this.webhooks = webhooks;
        this.policy = policy;
    }

    @Override
    public QueuedMessage.Channel channel() {
        return QueuedMessage.Channel.WEBHOOK;
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public void send(QueuedMessage message) throws Failure {
        String secret = webhooks.secret(message.organizationId(), message.webhookId())
                .orElseThrow(() -> Failure.permanent("The webhook no longer exists"));
        var refusal = policy.refusal(message.recipient());
        if (refusal.isPresent()) {
            throw Failure.permanent("The URL " + refusal.get());
        }
        byte[] body = message.bodyText().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(message.recipient()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Tandem-Webhooks/1")
                .header(EVENT, message.kind())
                .header(DELIVERY, message.id().toString())
                .header(SIGNATURE, WebhookSignature.sign(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw Failure.transientFailure("The receiver could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Failure.transientFailure("Interrupted while posting", e);
        }
        int status = response.statusCode();
        if (status == 410) {
            throw Failure.permanent("The receiver answered 410 Gone");
        }
        if (status < 200 || status > 299) {
            throw Failure.transientFailure("The receiver answered " + status, null);
        }
    }
}
