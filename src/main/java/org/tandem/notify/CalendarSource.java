package org.tandem.notify;

import java.util.List;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/**
 * A feature that puts things into people's calendar feeds (check-ins, due action items) implements this as
 * a bean; the feed merges every source. Return upcoming and recently changed entries, cancelled ones
 * included (marked), so calendar apps remove them.
 */
public interface CalendarSource {

    List<CalendarEntry> entriesFor(OrganizationId organization, PersonId person);
}
