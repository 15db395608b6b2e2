package org.tandem.notify;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.people.PersonalDataContributor;

/** A person's notification choices belong to their export; erasure removes them and their calendar address. */
@Component
class NotifyPersonalData implements PersonalDataContributor {

    private final PreferenceRepository preferences;
    private final CalendarRepository calendars;

    NotifyPersonalData(PreferenceRepository preferences, CalendarRepository calendars) {
        this.preferences = preferences;
        this.calendars = calendars;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(OrganizationId organization, PersonId person) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", preferences.of(organization.value(), person.value()));
        data.put("calendarFeed", calendars.tokenOf(organization.value(), person.value()).isPresent());
        return data;
    }

    @Override
    public void erase(OrganizationId organization, PersonId person) {
        preferences.erase(organization.value(), person.value());
        calendars.erase(organization.value(), person.value());
    }
}
