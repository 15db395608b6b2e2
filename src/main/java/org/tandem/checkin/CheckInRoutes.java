package org.tandem.checkin;

/**
 * The check-in pages' routes and the ids of the page parts that htmx swaps, in one place: controllers map these
 * paths and templates build their links, targets and anchors from them, so a rename breaks the build, not the page.
 */
public final class CheckInRoutes {

    private CheckInRoutes() {
    }

    public static final String PAGE = "/check-ins/{id}";
    public static final String LIST = "/mentorships/{id}/check-ins";
    public static final String CARD = "/mentorships/{id}/check-ins/card";
    public static final String START = "/check-ins/{id}/start";
    public static final String COMPLETE = "/check-ins/{id}/complete";
    public static final String CANCEL = "/check-ins/{id}/cancel";
    public static final String RESCHEDULE = "/check-ins/{id}/reschedule";

    public static final String BEGIN = "/check-ins/{id}/sections/{kind}/begin";
    public static final String NEXT = "/check-ins/{id}/sections/next";
    public static final String TIME = "/check-ins/{id}/sections/{kind}/time";

    public static final String OBSERVATIONS = "/check-ins/{id}/observations";
    public static final String INTERPRETATION = "/check-ins/{id}/interpretation";
    public static final String TAKEAWAY = "/check-ins/{id}/takeaway";
    public static final String GROWTH = "/check-ins/{id}/growth";
    public static final String ANSWERS = "/check-ins/{id}/answers";
    public static final String SKIP = "/check-ins/{id}/questions/{promptId}/skip";
    public static final String FEEDBACK = "/check-ins/{id}/feedback";
    /** The giver's edit of a feedback entry, and its withdrawal (forms post; there is no DELETE without JavaScript). */
    public static final String FEEDBACK_ENTRY = "/check-ins/{id}/feedback/{entryId}";
    public static final String FEEDBACK_WITHDRAW = "/check-ins/{id}/feedback/{entryId}/withdraw";
    public static final String WINS = "/check-ins/{id}/wins";
    public static final String NOTES = "/check-ins/{id}/notes";

    public static final String ACTION_ITEMS = "/check-ins/{id}/action-items";
    public static final String ACTION_ITEM = "/check-ins/{id}/action-items/{itemId}";
    public static final String RISKS = "/check-ins/{id}/risks";
    public static final String RISK = "/check-ins/{id}/risks/{riskId}";

    public static final String SUMMARY = "/check-ins/{id}/summary";
    public static final String SUMMARY_MARKDOWN = "/check-ins/{id}/summary.md";
    public static final String RATING = "/check-ins/{id}/rating";
    public static final String AUTONOMY = "/check-ins/{id}/autonomy";

    /** Parts of the check-in page that are saved and swapped on their own. */
    public static final String AGENDA_ID = "agenda-bar";
    public static final String RECAP_ID = "recap";
    public static final String OBSERVATIONS_ID = "observations";
    public static final String INTERPRETATION_ID = "interpretation";
    public static final String GROWTH_ID = "growth";
    public static final String RISKS_ID = "risks";
    public static final String FEEDBACK_ID = "feedback";
    public static final String WINS_ID = "wins";
    public static final String ACTION_ITEMS_ID = "action-items";
    public static final String NOTES_ID = "notes";
    public static final String TAKEAWAY_ID = "takeaway";
    /** The ADJUST section's goals, refreshed in place after a revision is proposed, agreed or set aside in a dialog. */
    public static final String GOALS_ID = "adjust";
    /** The dialog that in-place forms open in (decision 0093), and the element its forms are loaded into. */
    public static final String DIALOG_ID = "checkin-dialog";
    public static final String DIALOG_BODY_ID = "checkin-dialog-body";
    /** A stable, always-present live region that announces what was saved. */
    public static final String LIVE_ID = "checkin-live";

    /** Fills the route's placeholders in order: {@code path(ACTION_ITEM, checkInId, itemId)}. */
    public static String path(String route, Object... values) {
        String path = route;
        for (Object value : values) {
            int open = path.indexOf('{');
            int close = path.indexOf('}', open);
            path = path.substring(0, open) + value + path.substring(close + 1);
        }
        return path;
    }

    /** The part of the page a section of the agenda holds, so a section whose part was just edited stays open. */
    public static String partOf(org.tandem.program.SectionKind kind) {
        return switch (kind) {
            case RECAP -> RECAP_ID;
            case REVIEW -> OBSERVATIONS_ID;
            case INTERPRET -> INTERPRETATION_ID;
            case GROWTH -> GROWTH_ID;
            case RISKS -> RISKS_ID;
            case FEEDBACK -> FEEDBACK_ID;
            case CELEBRATE -> WINS_ID;
            case PLAN -> ACTION_ITEMS_ID;
            case CLOSE -> TAKEAWAY_ID;
            case ADJUST -> GOALS_ID;
            default -> "";
        };
    }

    /** The element id of an agenda section, e.g. {@code section-REVIEW}. */
    public static String sectionId(Object kind) {
        return "section-" + kind;
    }
}
