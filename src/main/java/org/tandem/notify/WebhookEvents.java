package org.tandem.notify;

import java.util.List;

/** The events a webhook can subscribe to, as API.md names them. */
public final class WebhookEvents {

    public static final String CHECKIN_SCHEDULED = "checkin.scheduled";
    public static final String CHECKIN_COMPLETED = "checkin.completed";
    public static final String GOAL_REVISED = "goal.revised";
    public static final String MILESTONE_REACHED = "milestone.reached";
    public static final String CELEBRATION_CREATED = "celebration.created";

    public static final List<String> ALL = List.of(CHECKIN_SCHEDULED, CHECKIN_COMPLETED, GOAL_REVISED, MILESTONE_REACHED,
            CELEBRATION_CREATED);

    private WebhookEvents() {
    }
}
