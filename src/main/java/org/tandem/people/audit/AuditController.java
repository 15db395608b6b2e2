package org.tandem.people.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.people.Actor;
import org.tandem.people.AuditAction;
import org.tandem.people.AuditEntry;
import org.tandem.people.PeopleService;
import org.tandem.people.Role;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.NavContributor;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;

/** The audit log page for admins: filters by action, person and days, names instead of ids, times in the reader's zone. */
@Controller
public class AuditController implements NavContributor {

    public static final String AUDIT = "/admin/audit";

    private final AuditQuery audit;
    private final PeopleService people;

    AuditController(AuditQuery audit, PeopleService people) {
        this.audit = audit;
        this.people = people;
    }

    /**
     * The page's model. {@code names} maps the people the entries mention to their names; {@code from} and
     * {@code to} are days in the reader's time zone, both included.
     */
    public record AuditPage(Page<AuditEntry> entries, Map<UUID, String> names, List<AuditAction> actions, AuditAction action,
                            UUID person, LocalDate from, LocalDate to, String error) {

        public String name(UUID id) {
            return id == null ? "—" : names.getOrDefault(id, "someone no longer in the organization");
        }

        /** The query string that keeps the current filters, for "older entries". */
        public String filters() {
            return (action == null ? "" : "&action=" + action.name()) + (person == null ? "" : "&person=" + person)
                    + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to);
        }
    }

    @GetMapping(AUDIT)
    String page(Actor actor, @RequestParam(required = false) String action, @RequestParam(required = false) UUID person,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String cursor, Model model) {
        AuditApiController.requireAdmin(actor);
        String error = null;
        AuditAction chosen = null;
        LocalDate fromDay = null;
        LocalDate toDay = null;
        try {
            chosen = AuditApiController.action(action);
            fromDay = day(from);
            toDay = day(to);
        } catch (InvalidInputException | DateTimeParseException e) {
            error = "Those filters could not be read; showing everything.";
            chosen = null;
            fromDay = null;
            toDay = null;
        }
        var zone = actor.timeZone();
        Page<AuditEntry> entries = audit.find(actor.organizationId(), new AuditQuery.Filter(null, null, person, chosen,
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant()), PageRequest.of(50, cursor));
        Set<UUID> mentioned = new HashSet<>();
        entries.items().forEach(e -> {
            if (e.actorId() != null) {
                mentioned.add(e.actorId());
            }
            if ("PERSON".equals(e.targetType()) && e.targetId() != null) {
                mentioned.add(e.targetId());
            }
        });
        if (person != null) {
            mentioned.add(person);
        }
        model.addAttribute("page", new AuditPage(entries, people.names(actor.organizationId(), mentioned), List.of(AuditAction.values()),
                chosen, person, fromDay, toDay, error));
        return "people/audit";
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<Entry> entries(Set<String> roles) {
        return roles.contains(Role.ADMIN.name()) ? List.of(new Entry("Audit log", AUDIT)) : List.of();
    }
}
