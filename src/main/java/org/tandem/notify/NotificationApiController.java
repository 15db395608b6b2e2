package org.tandem.notify;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.people.Actor;
import org.tandem.shared.InvalidInputException;

/** The caller's notification preferences and their calendar feed address. */
@RestController
@Tag(name = "Notifications")
class NotificationApiController {

    static final String NOTIFICATIONS = "/api/v1/me/notifications";
    static final String CALENDAR = "/api/v1/me/calendar";
    static final String CALENDAR_ROTATE = "/api/v1/me/calendar/rotate";

    private final NotificationPreferences preferences;
    private final Calendars calendars;

    NotificationApiController(NotificationPreferences preferences, Calendars calendars) {
        this.preferences = preferences;
        this.calendars = calendars;
    }

    record Setting(NotificationKind kind, boolean enabled, String label, String description) {
    }

    record Settings(List<Setting> email) {

        static Settings of(Map<NotificationKind, Boolean> settings) {
            return new Settings(settings.entrySet().stream()
                    .map(e -> new Setting(e.getKey(), e.getValue(), e.getKey().label(), e.getKey().description()))
                    .toList());
        }
    }

    /** Kinds not named keep their setting. */
    record Change(NotificationKind kind, Boolean enabled) {
    }

    record SettingsChange(List<Change> email) {
    }

    record CalendarAddress(String url) {
    }

    @GetMapping(NOTIFICATIONS)
    Settings settings(Actor actor) {
        return Settings.of(preferences.of(actor));
    }

    @PutMapping(NOTIFICATIONS)
    Settings change(Actor actor, @RequestBody SettingsChange body) {
        if (body == null || body.email() == null) {
            throw new InvalidInputException("email", "must list the kinds to change, e.g. [{\"kind\":\"WEEKLY_DIGEST\",\"enabled\":false}]");
        }
        Map<NotificationKind, Boolean> changes = new EnumMap<>(NotificationKind.class);
        for (int i = 0; i < body.email().size(); i++) {
            Change change = body.email().get(i);
            if (change == null || change.kind() == null) {
                throw new InvalidInputException("email[" + i + "].kind", "is required");
            }
            if (!change.kind().choosable()) {
                throw new InvalidInputException("email[" + i + "].kind", "cannot be switched off: these are the links you ask for");
            }
            if (change.enabled() == null) {
                throw new InvalidInputException("email[" + i + "].enabled", "is required");
            }
            changes.put(change.kind(), change.enabled());
        }
        return Settings.of(preferences.change(actor, changes));
    }

    @GetMapping(CALENDAR)
    CalendarAddress calendar(Actor actor) {
        return new CalendarAddress(calendars.url(actor));
    }

    @PostMapping(CALENDAR_ROTATE)
    CalendarAddress rotate(Actor actor) {
        return new CalendarAddress(calendars.rotate(actor));
    }
}
