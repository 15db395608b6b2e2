package org.tandem.people.privacy;

import static org.tandem.db.Tables.AUDIT_ENTRY;
import static org.tandem.db.Tables.SCHEDULED_TASKS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.people.Actor;
import org.tandem.people.AuditAction;
import org.tandem.shared.NavContributor;
import org.tandem.shared.NotAllowedException;
import tools.jackson.databind.json.JsonMapper;

/** The admin's page of the retention policy: how long each kind of data is kept, and what the last purge did. */
@Controller
public class RetentionController implements NavContributor {

    public static final String PAGE = "/admin/retention";

    private final RetentionProperties properties;
    private final DSLContext dsl;
    private final JsonMapper json;

    RetentionController(RetentionProperties properties, DSLContext dsl, JsonMapper json) {
        this.properties = properties;
        this.dsl = dsl;
        this.json = json;
    }

    public record Rule(String label, String effect, String kept, String property, Integer lastCount) {
    }

    public record RetentionPage(List<Rule> rules, Instant lastRun, String runEvery) {
    }

    @GetMapping(PAGE)
    String page(Actor actor, Model model) {
        if (!actor.isAdmin()) {
            throw new NotAllowedException("Only admins see the retention policy");
        }
        var last = dsl.select(AUDIT_ENTRY.AT, AUDIT_ENTRY.DETAILS).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ORGANIZATION_ID.eq(actor.organizationId().value()))
                .and(AUDIT_ENTRY.ACTION.eq(AuditAction.RETENTION_PURGED.name()))
                .orderBy(AUDIT_ENTRY.AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(1)
                .fetchOptional();
        Map<String, Object> counts = last.map(r -> counts(r.value2())).orElse(Map.of());
        List<Rule> rules = new ArrayList<>();
        for (RetentionKind kind : RetentionKind.values()) {
            var period = kind.period(properties);
            Object count = counts.get(kind.name());
            rules.add(new Rule(kind.label(), kind.effect(), period.isZero() ? "Kept for good" : days(period),
                    kind.property(), count == null ? null : Integer.valueOf(count.toString())));
        }
        Instant lastRun = last.map(r -> r.value1()).orElseGet(this::lastSuccess);
        model.addAttribute("page", new RetentionPage(rules, lastRun, days(properties.runEvery())));
        return "people/retention";
    }

    private Instant lastSuccess() {
        return dsl.select(SCHEDULED_TASKS.LAST_SUCCESS).from(SCHEDULED_TASKS)
                .where(SCHEDULED_TASKS.TASK_NAME.eq(RetentionConfiguration.TASK))
                .fetchOptional(SCHEDULED_TASKS.LAST_SUCCESS).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> counts(String details) {
        try {
            return json.readValue(details, LinkedHashMap.class);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static String days(java.time.Duration period) {
        if (period.toDays() >= 1 && period.toHoursPart() == 0) {
            return period.toDays() + (period.toDays() == 1 ? " day" : " days");
        }
        if (period.toHours() >= 1) {
            return period.toHours() + (period.toHours() == 1 ? " hour" : " hours");
        }
        return period.toSeconds() + " seconds";
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public List<Entry> entries(Set<String> roles) {
        return roles.contains("ADMIN") ? List.of(new Entry("Retention", PAGE)) : List.of();
    }
}
