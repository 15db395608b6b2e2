package org.tandem.notify;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.notify.QueuedMessage.Status;
import org.tandem.people.Actor;
import org.tandem.shared.NavContributor;

/**
 * The admin page of the outbox: what waits, what is held, what died and why. It shows each message's envelope —
 * to whom, about what, how it stands — and never its body: a mail may carry a pair's summary or a one-time link,
 * which are for its recipient only (docs/privacy-views.md).
 */
@Controller
public class OutboxController implements NavContributor {

    public static final String OUTBOX = "/admin/outbox";
    public static final String RETRY = "/admin/outbox/{id}/retry";

    private final OutboxAdmin admin;

    OutboxController(OutboxAdmin admin) {
        this.admin = admin;
    }

    /** One row of the page; the template needs nothing else. */
    public record Row(UUID id, String channel, String kind, String recipient, String subject, String status, int attempts,
                      java.time.Instant createdAt, java.time.Instant nextAttemptAt, java.time.Instant sentAt, String lastError,
                      boolean retryable, String retryAction) {
    }

    public record Tab(String status, String label, int count, String href, boolean current) {
    }

    public record OutboxPage(List<Tab> tabs, String status, List<Row> rows, boolean mailConfigured, String flash) {
    }

    @GetMapping(OUTBOX)
    String page(Actor actor, @RequestParam(required = false) Status status, Model model) {
        Status shown = status == null ? Status.DEAD : status;
        var view = admin.view(actor, shown);
        var tabs = java.util.Arrays.stream(Status.values())
                .map(s -> new Tab(s.name(), label(s), view.counts().get(s), OUTBOX + "?status=" + s.name(), s == shown))
                .toList();
        var rows = view.messages().stream().map(m -> new Row(m.id(), m.channel().name(), m.kind(), m.recipient(), m.subject(),
                m.status().name(), m.attempts(), m.createdAt(), m.nextAttemptAt(), m.sentAt(), m.lastError(),
                m.status() == Status.DEAD || m.status() == Status.UNKNOWN || (m.status() == Status.HELD && view.mailConfigured()),
                RETRY.replace("{id}", m.id().toString()))).toList();
        model.addAttribute("page", new OutboxPage(tabs, shown.name(), rows, view.mailConfigured(), (String) model.asMap().get("flash")));
        return "notify/outbox";
    }

    @PostMapping(RETRY)
    String retry(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        QueuedMessage message = admin.retry(actor, id);
        redirect.addFlashAttribute("flash", "Queued again: " + (message.subject() == null ? message.kind() : message.subject()));
        return "redirect:" + OUTBOX + "?status=" + Status.PENDING.name();
    }

    private static String label(Status status) {
        return switch (status) {
            case PENDING -> "Waiting";
            case SENDING -> "Sending";
            case SENT -> "Sent";
            case HELD -> "Held (no SMTP)";
            case UNKNOWN -> "Interrupted";
            case DEAD -> "Dead";
            case CANCELLED -> "Cancelled";
        };
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<Entry> entries(Set<String> roles) {
        return roles.contains("ADMIN") ? List.of(new Entry("Outbox", OUTBOX)) : List.of();
    }
}
