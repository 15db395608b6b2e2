package org.tandem.notify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.people.Actor;
import org.tandem.shared.NavContributor;

/** A person's notification page: which emails they receive, and their calendar feed address. */
@Controller
public class NotificationsController implements NavContributor {

    public static final String PAGE = "/settings/notifications";
    public static final String ROTATE = "/settings/notifications/calendar/rotate";

    private final NotificationPreferences preferences;
    private final Calendars calendars;

    NotificationsController(NotificationPreferences preferences, Calendars calendars) {
        this.preferences = preferences;
        this.calendars = calendars;
    }

    public record Choice(String kind, String label, String description, boolean enabled) {
    }

    public record NotificationsPage(List<Choice> choices, String calendarUrl, String flash) {
    }

    @GetMapping(PAGE)
    String page(Actor actor, Model model) {
        var choices = preferences.of(actor).entrySet().stream()
                .map(e -> new Choice(e.getKey().name(), e.getKey().label(), e.getKey().description(), e.getValue()))
                .toList();
        model.addAttribute("page", new NotificationsPage(choices, calendars.url(actor), (String) model.asMap().get("flash")));
        return "notify/notifications";
    }

    /** A checkbox form: a kind that is not sent is off. */
    @PostMapping(PAGE)
    String save(Actor actor, @RequestParam(name = "enabled", required = false) List<NotificationKind> enabled, RedirectAttributes redirect) {
        Map<NotificationKind, Boolean> changes = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.choosable()) {
                changes.put(kind, enabled != null && enabled.contains(kind));
            }
        }
        preferences.change(actor, changes);
        redirect.addFlashAttribute("flash", "Your email choices are saved.");
        return "redirect:" + PAGE;
    }

    @PostMapping(ROTATE)
    String rotate(Actor actor, RedirectAttributes redirect) {
        calendars.rotate(actor);
        redirect.addFlashAttribute("flash", "Your calendar has a new address. The old one no longer works: update your calendar app.");
        return "redirect:" + PAGE;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<Entry> entries(Set<String> roles) {
        return List.of(new Entry("Notifications", PAGE));
    }
}
