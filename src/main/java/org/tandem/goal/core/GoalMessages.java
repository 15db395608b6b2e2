package org.tandem.goal.core;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tandem.goal.GoalAchievementProposed;
import org.tandem.goal.GoalChangesAsked;
import org.tandem.goal.GoalController;
import org.tandem.goal.GoalEvent;
import org.tandem.notify.MailContent;
import org.tandem.notify.NotificationKind;
import org.tandem.notify.Notifications;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.shared.Links;

/**
 * The mails a goal's steps send, written to the outbox in the transaction of the step (decision 0094): to the other
 * side when one side proposes that the goal is achieved, and to the proposer when the other side asks for changes.
 * Whoever took the step gets nothing. A mail says who and which goal and links to the goal page; the subject, which
 * admins see on the outbox page, names neither the goal nor the words, and the comment or evidence stays on the page.
 */
@Component
class GoalMessages {

    private final Notifications notifications;
    private final PeopleService people;
    private final Links links;

    GoalMessages(Notifications notifications, PeopleService people, Links links) {
        this.notifications = notifications;
        this.people = people;
        this.links = links;
    }

    void send(OrganizationId organization, Goal stored, List<GoalEvent> happened) {
        for (GoalEvent event : happened) {
            switch (event) {
                case GoalAchievementProposed p -> mail(organization, stored, p.proposedBy(), p.awaiting(),
                        "says a goal is achieved", "Do you agree that this goal is achieved? Agree, or ask for changes, on its page.",
                        "goal-achievement-proposed:" + p.goalId() + ":" + p.occurredAt());
                case GoalChangesAsked c -> mail(organization, stored, c.askedBy(), c.proposedBy(), "asks for changes to " + what(c),
                        "Read the comment on the goal's page, then change your proposal or propose again.",
                        "goal-changes-asked:" + c.goalId() + ":" + c.occurredAt());
                default -> {
                }
            }
        }
    }

    private static String what(GoalChangesAsked c) {
        return switch (c.subject()) {
            case GOAL -> "a goal you proposed";
            case REVISION -> "a change you proposed to a goal";
            case ACHIEVEMENT -> "your proposal that a goal is achieved";
        };
    }

    private void mail(OrganizationId organization, Goal goal, PersonId from, PersonId to, String what, String next, String key) {
        String role = goal.pair().roleOf(from);
        String name = people.find(organization, from).map(Person::displayName).orElse("Your " + role);
        var content = MailContent.titled(name + " " + what)
                .paragraph("Your " + role + ", " + name + ", " + what + ": \"" + goal.terms().title() + "\".")
                .paragraph(next)
                .link("Open the goal", links.absolute(GoalController.path(goal.id())))
                .build();
        notifications.enqueueMail(organization, to, NotificationKind.GOAL_AGREEMENT, "Your " + role + " " + what, content, key);
    }
}
