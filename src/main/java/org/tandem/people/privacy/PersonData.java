package org.tandem.people.privacy;

import static org.tandem.db.Tables.*;
import static org.tandem.people.privacy.Disclosure.OWNER_ONLY;
import static org.tandem.people.privacy.Disclosure.OWNER_OR_ADMIN;
import static org.tandem.people.privacy.Disclosure.WITHHELD;
import static org.tandem.people.privacy.Erasure.ANONYMISE;
import static org.tandem.people.privacy.Erasure.CLOSE;
import static org.tandem.people.privacy.Erasure.DELETE;
import static org.tandem.people.privacy.Erasure.KEEP;
import static org.tandem.people.privacy.Erasure.NULLIFY;
import static org.tandem.people.privacy.Erasure.REPLACE;
import static org.tandem.people.privacy.Erasure.SCRUB;
import static org.tandem.people.privacy.Reach.anyOf;
import static org.tandem.people.privacy.Reach.is;
import static org.tandem.people.privacy.Reach.menteeOf;
import static org.tandem.people.privacy.Reach.pairOf;
import static org.tandem.people.privacy.Reach.under;
import static org.tandem.people.privacy.TableDecision.table;

import java.util.List;
import java.util.Optional;
import org.jooq.Table;

/**
 * THE decision table of personal data: for every table that holds a person (or hangs off one that does), which
 * rows are a person's, and for every column whether the export carries it and what erasure does to it, with the
 * reason. {@code PersonDataSchemaTests} walks the generated schema and fails when a column has no decision here,
 * so a new column cannot be forgotten; the export and the erasure read nothing but this table.
 *
 * <p>Erasure runs the tables in this order: rows that hang off others come before them, and the person row comes
 * last, so every reach is evaluated while the person's name and email are still what they were.
 */
public final class PersonData {

    /** What replaces a text a person wrote. */
    public static final String ERASED_TEXT = "(erased)";
    /** What an erased person is called from then on. */
    public static final String FORMER_MEMBER = "Former member";

    private static final String ID = "an opaque id: it names nothing once the person row is anonymised, and rows keep their links";
    private static final String TIMES = "when things happened and their state: counts, cadence and insight figures read them";
    private static final String FIGURES = "a number or a choice among fixed options, not words: aggregates stay correct";
    private static final String WORDS = "words written inside the mentorship: the pair's conversation";
    private static final String PEER_FEEDBACK_GOES = "feedback about the erased mentee goes with them (its guest link stops "
            + "working); no figure counts it. A request an erased mentor sent stays for the mentee, who it is about";
    private static final String TAILORING = "the pair's own agenda and prompts; it serves no one once the mentee is gone "
            + "(an erased mentor stays named by an opaque id)";
    private static final String PLAYBOOK = "copied from the playbook, written by the organization, not by the person";

    private static final Reach OWN_CHECK_INS = anyOf(is(CHECK_IN.MENTOR_ID), is(CHECK_IN.MENTEE_ID));
    private static final Reach OWN_GOALS = pairOf(GOAL.MENTORSHIP_ID);
    private static final Reach ERASED_GOALS = anyOf(menteeOf(GOAL.MENTORSHIP_ID), is(GOAL.PROPOSED_BY));
    private static final Reach OWN_ACTIONS = anyOf(is(ACTION_ITEM.OWNER_ID), is(ACTION_ITEM.CREATED_BY));
    private static final Reach OWN_REVISIONS = under(GOAL_REVISION.GOAL_ID, GOAL.ID, OWN_GOALS);
    private static final Reach ERASED_REVISIONS = anyOf(under(GOAL_REVISION.GOAL_ID, GOAL.ID, menteeOf(GOAL.MENTORSHIP_ID)),
            is(GOAL_REVISION.PROPOSED_BY));
    private static final Reach OWN_MILESTONES = pairOf(MILESTONE.MENTORSHIP_ID);
    private static final Reach ERASED_MILESTONES = anyOf(menteeOf(MILESTONE.MENTORSHIP_ID), is(MILESTONE.CREATED_BY), is(MILESTONE.REACHED_BY));
    private static final Reach OWN_CELEBRATIONS = pairOf(CELEBRATION.MENTORSHIP_ID);
    private static final Reach ERASED_CELEBRATIONS = anyOf(menteeOf(CELEBRATION.MENTORSHIP_ID), is(CELEBRATION.CREATED_BY));
    private static final Reach OWN_REQUESTS = pairOf(PEER_FEEDBACK_REQUEST.MENTORSHIP_ID);
    /** Peer feedback is about the mentee: it goes with them, and its guest links stop working. */
    private static final Reach ERASED_REQUESTS = menteeOf(PEER_FEEDBACK_REQUEST.MENTORSHIP_ID);
    /** A mail to the person, or one that names them (a mail to the other party quoting their words names them too). */
    private static final Reach MAILS = s -> OUTBOX_MESSAGE.PERSON_ID.eq(s.person())
            .or(OUTBOX_MESSAGE.RECIPIENT.containsIgnoreCase(s.email()))
            .or(OUTBOX_MESSAGE.SUBJECT.contains(s.displayName()))
            .or(OUTBOX_MESSAGE.BODY_TEXT.contains(s.displayName()))
            .or(OUTBOX_MESSAGE.BODY_TEXT.containsIgnoreCase(s.email()));
    /** Sessions are indexed by the person's id (people.signin); older ones by the email they signed in with. */
    private static final Reach SESSIONS = s -> SPRING_SESSION.PRINCIPAL_NAME.eq(s.person().toString())
            .or(SPRING_SESSION.PRINCIPAL_NAME.equalIgnoreCase(s.email()));

    public static final List<TableDecision> TABLES = List.of(
            table(SPRING_SESSION_ATTRIBUTES, "sessionAttributes", "What a signed-in page session remembers")
                    .erases(under(SPRING_SESSION_ATTRIBUTES.SESSION_PRIMARY_ID, SPRING_SESSION.PRIMARY_ID, SESSIONS))
                    .columns(WITHHELD, DELETE, "a session's machinery; erasure ends every session of the person",
                            SPRING_SESSION_ATTRIBUTES.SESSION_PRIMARY_ID, SPRING_SESSION_ATTRIBUTES.ATTRIBUTE_NAME,
                            SPRING_SESSION_ATTRIBUTES.ATTRIBUTE_BYTES)
                    .build(),
            table(SPRING_SESSION, "sessions", "Signed-in page sessions")
                    .erases(SESSIONS)
                    .columns(WITHHELD, DELETE, "a session's machinery (the session id is a credential); erasure ends every session of the person",
                            SPRING_SESSION.PRIMARY_ID, SPRING_SESSION.SESSION_ID, SPRING_SESSION.CREATION_TIME,
                            SPRING_SESSION.LAST_ACCESS_TIME, SPRING_SESSION.MAX_INACTIVE_INTERVAL, SPRING_SESSION.EXPIRY_TIME,
                            SPRING_SESSION.PRINCIPAL_NAME)
                    .build(),
            table(IDEMPOTENT_REQUEST, "idempotentRequests", "Answers remembered for 24 hours so a retried request is not done twice")
                    .erases(is(IDEMPOTENT_REQUEST.PERSON_ID))
                    .columns(WITHHELD, DELETE, "a copy of an answer kept a day for retries; what it created is exported from its own table",
                            IDEMPOTENT_REQUEST.ORGANIZATION_ID, IDEMPOTENT_REQUEST.PERSON_ID, IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY,
                            IDEMPOTENT_REQUEST.REQUEST_HASH, IDEMPOTENT_REQUEST.STATUS, IDEMPOTENT_REQUEST.LOCATION,
                            IDEMPOTENT_REQUEST.BODY, IDEMPOTENT_REQUEST.CREATED_AT)
                    .build(),
            table(LIVE_EVENT, "liveEvents", "What changed in a check-in, kept a day for the pair's open pages (org.tandem.live)")
                    .erases(anyOf(is(LIVE_EVENT.CHANGED_BY), is(LIVE_EVENT.ONLY_FOR)))
                    .columns(WITHHELD, DELETE, "a short-lived copy of \"something changed\" (ids, no content); the change itself is "
                            + "exported from its own table", LIVE_EVENT.CHECK_IN_ID, LIVE_EVENT.POSITION, LIVE_EVENT.KIND, LIVE_EVENT.PART,
                            LIVE_EVENT.ITEM, LIVE_EVENT.CHANGED_BY, LIVE_EVENT.ONLY_FOR, LIVE_EVENT.OCCURRED_AT)
                    .build(),
            table(LIVE_PRESENCE, "livePresence", "Which check-in page the person has open right now")
                    .erases(is(LIVE_PRESENCE.PERSON_ID))
                    .columns(WITHHELD, DELETE, "machinery of open pages, gone when they close", LIVE_PRESENCE.CHECK_IN_ID,
                            LIVE_PRESENCE.PERSON_ID, LIVE_PRESENCE.INSTANCE_ID, LIVE_PRESENCE.ORGANIZATION_ID, LIVE_PRESENCE.STREAMS,
                            LIVE_PRESENCE.SEEN_AT)
                    .build(),
            table(API_TOKEN, "apiTokens", "Personal access tokens for the API")
                    .exports(is(API_TOKEN.PERSON_ID)).erases(is(API_TOKEN.PERSON_ID))
                    .columns(OWNER_OR_ADMIN, DELETE, "the token's description; an erased person's tokens stop working and go",
                            API_TOKEN.ID, API_TOKEN.ORGANIZATION_ID, API_TOKEN.PERSON_ID, API_TOKEN.NAME, API_TOKEN.CREATED_AT,
                            API_TOKEN.EXPIRES_ON, API_TOKEN.LAST_USED_AT, API_TOKEN.REVOKED_AT)
                    .columns(WITHHELD, DELETE, "the fingerprint of a secret: it never leaves the database", API_TOKEN.TOKEN_HASH)
                    .build(),
            table(NOTIFICATION_PREFERENCE, "notificationPreferences", "Emails the person chose not to receive")
                    .exports(is(NOTIFICATION_PREFERENCE.PERSON_ID)).erases(is(NOTIFICATION_PREFERENCE.PERSON_ID))
                    .columns(OWNER_OR_ADMIN, DELETE, "a choice that serves no one once the person is gone",
                            NOTIFICATION_PREFERENCE.PERSON_ID, NOTIFICATION_PREFERENCE.ORGANIZATION_ID,
                            NOTIFICATION_PREFERENCE.KIND, NOTIFICATION_PREFERENCE.ENABLED)
                    .build(),
            table(CALENDAR_FEED, "calendarFeed", "The secret address of the person's calendar feed")
                    .exports(is(CALENDAR_FEED.PERSON_ID)).erases(is(CALENDAR_FEED.PERSON_ID))
                    .columns(OWNER_OR_ADMIN, DELETE, "that a feed exists and since when; it stops working at erasure",
                            CALENDAR_FEED.PERSON_ID, CALENDAR_FEED.ORGANIZATION_ID, CALENDAR_FEED.CREATED_AT)
                    .columns(WITHHELD, DELETE, "a secret link: only its recipient sees it, on their calendar page", CALENDAR_FEED.TOKEN)
                    .build(),
            table(PASSKEY, "passkeys", "The passkeys the person registered to sign in")
                    .exports(is(PASSKEY.PERSON_ID)).erases(is(PASSKEY.PERSON_ID))
                    .columns(OWNER_OR_ADMIN, DELETE, "which passkeys exist, under the name the person gave them; they stop working at erasure",
                            PASSKEY.ID, PASSKEY.ORGANIZATION_ID, PASSKEY.PERSON_ID, PASSKEY.LABEL, PASSKEY.CREATED_AT, PASSKEY.LAST_USED_AT)
                    .columns(WITHHELD, DELETE, "the credential's machinery: keys and counters a browser proves itself with, never shown",
                            PASSKEY.USER_HANDLE, PASSKEY.CREDENTIAL_ID, PASSKEY.CREDENTIAL_TYPE, PASSKEY.PUBLIC_KEY, PASSKEY.SIGNATURE_COUNT,
                            PASSKEY.UV_INITIALIZED, PASSKEY.BACKUP_ELIGIBLE, PASSKEY.BACKUP_STATE, PASSKEY.TRANSPORTS,
                            PASSKEY.ATTESTATION_OBJECT, PASSKEY.ATTESTATION_CLIENT_DATA_JSON)
                    .build(),
            table(PASSKEY_USER, "passkeyUser", "The opaque handle passkeys know the person by")
                    .exports(is(PASSKEY_USER.PERSON_ID)).erases(is(PASSKEY_USER.PERSON_ID))
                    .columns(WITHHELD, DELETE, "a random handle that means nothing outside Tandem; it goes with the passkeys",
                            PASSKEY_USER.HANDLE, PASSKEY_USER.ORGANIZATION_ID, PASSKEY_USER.PERSON_ID, PASSKEY_USER.CREATED_AT)
                    .build(),
            table(SIGN_IN_LOCK, "signInLock", "A lock on password sign-in after repeated failures")
                    .exports(s -> SIGN_IN_LOCK.ACCOUNT_KEY.equalIgnoreCase(s.email()))
                    .erases(s -> SIGN_IN_LOCK.ACCOUNT_KEY.equalIgnoreCase(s.email()))
                    .columns(WITHHELD, DELETE, "counts failed sign-ins under the email typed; it goes with the account",
                            SIGN_IN_LOCK.ACCOUNT_KEY, SIGN_IN_LOCK.LOCKED_UNTIL, SIGN_IN_LOCK.STRIKES, SIGN_IN_LOCK.LAST_LOCK_AT)
                    .build(),
            table(PROGRAM_LEAD, "programsLed", "Programs the person leads")
                    .exports(is(PROGRAM_LEAD.PERSON_ID)).erases(is(PROGRAM_LEAD.PERSON_ID))
                    .columns(OWNER_OR_ADMIN, DELETE, "an erased person leads nothing",
                            PROGRAM_LEAD.PROGRAM_ID, PROGRAM_LEAD.PERSON_ID, PROGRAM_LEAD.ORGANIZATION_ID)
                    .build(),
            table(PERSON_ROLE, "roles", "The person's roles")
                    .exports(is(PERSON_ROLE.PERSON_ID))
                    .columns(OWNER_OR_ADMIN, KEEP, "who held which role explains the history of programs; the person is anonymous",
                            PERSON_ROLE.PERSON_ID, PERSON_ROLE.ORGANIZATION_ID, PERSON_ROLE.ROLE)
                    .build(),
            table(MENTORSHIP_TAILORING_SECTION, "playbookTailoringSections", "How the person's pairs reshaped each section of their playbook")
                    .exports(under(MENTORSHIP_TAILORING_SECTION.MENTORSHIP_ID, MENTORSHIP_TAILORING.MENTORSHIP_ID,
                            pairOf(MENTORSHIP_TAILORING.MENTORSHIP_ID)))
                    .erases(under(MENTORSHIP_TAILORING_SECTION.MENTORSHIP_ID, MENTORSHIP_TAILORING.MENTORSHIP_ID,
                            menteeOf(MENTORSHIP_TAILORING.MENTORSHIP_ID)))
                    .columns(OWNER_OR_ADMIN, DELETE, TAILORING, MENTORSHIP_TAILORING_SECTION.MENTORSHIP_ID,
                            MENTORSHIP_TAILORING_SECTION.POSITION, MENTORSHIP_TAILORING_SECTION.ORGANIZATION_ID,
                            MENTORSHIP_TAILORING_SECTION.KIND, MENTORSHIP_TAILORING_SECTION.MINUTES, MENTORSHIP_TAILORING_SECTION.ADDED_PROMPTS)
                    .build(),
            table(MENTORSHIP_TAILORING, "playbookTailorings", "Who of the person's pairs tailored their playbook, when, on which version")
                    .exports(pairOf(MENTORSHIP_TAILORING.MENTORSHIP_ID))
                    .erases(menteeOf(MENTORSHIP_TAILORING.MENTORSHIP_ID))
                    .columns(OWNER_OR_ADMIN, DELETE, TAILORING, MENTORSHIP_TAILORING.MENTORSHIP_ID, MENTORSHIP_TAILORING.ORGANIZATION_ID,
                            MENTORSHIP_TAILORING.PLAYBOOK_ID, MENTORSHIP_TAILORING.PLAYBOOK_NUMBER, MENTORSHIP_TAILORING.TAILORED_BY,
                            MENTORSHIP_TAILORING.TAILORED_AT, MENTORSHIP_TAILORING.VERSION)
                    .build(),
            table(MENTORSHIP, "mentorships", "The mentorships the person is in")
                    .exports(anyOf(is(MENTORSHIP.MENTOR_ID), is(MENTORSHIP.MENTEE_ID)))
                    .erases(is(MENTORSHIP.MENTEE_ID))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, MENTORSHIP.ID, MENTORSHIP.ORGANIZATION_ID, MENTORSHIP.PROGRAM_ID,
                            MENTORSHIP.MENTOR_ID, MENTORSHIP.MENTEE_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, MENTORSHIP.INTERVAL_DAYS, MENTORSHIP.DURATION_MINUTES, MENTORSHIP.FIRST_AT,
                            MENTORSHIP.NEXT_AT, MENTORSHIP.EMPHASIS, MENTORSHIP.STATUS, MENTORSHIP.CREATED_AT, MENTORSHIP.VERSION)
                    .columns(OWNER_OR_ADMIN, KEEP, FIGURES + " (a choice among fixed modalities)", MENTORSHIP.LEARNING_MODALITIES)
                    .ownedBy(MENTORSHIP.MENTEE_ID, OWNER_OR_ADMIN, NULLIFY, "the mentee's preference, of no use once they are gone",
                            MENTORSHIP.FEEDBACK_STYLE)
                    .ownedBy(MENTORSHIP.MENTEE_ID, OWNER_OR_ADMIN, KEEP, FIGURES + " (the mentee's choice to share their ratings "
                            + "with the mentor; the rows it governs stay)", MENTORSHIP.SHARE_RATINGS_WITH_MENTOR)
                    .build(),
            table(GOAL_MEASUREMENT, "goalMeasurements", "Values measured for the goals of the person's mentorships")
                    .exports(under(GOAL_MEASUREMENT.GOAL_ID, GOAL.ID, OWN_GOALS))
                    .erases(anyOf(under(GOAL_MEASUREMENT.GOAL_ID, GOAL.ID, menteeOf(GOAL.MENTORSHIP_ID)), is(GOAL_MEASUREMENT.RECORDED_BY)))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, GOAL_MEASUREMENT.ID, GOAL_MEASUREMENT.ORGANIZATION_ID, GOAL_MEASUREMENT.GOAL_ID,
                            GOAL_MEASUREMENT.RECORDED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, GOAL_MEASUREMENT.OBSERVED_ON, GOAL_MEASUREMENT.RECORDED_AT)
                    .columns(OWNER_ONLY, KEEP, FIGURES + ": progress lines and attainment rates read it", GOAL_MEASUREMENT.MEASURED_VALUE)
                    .columns(OWNER_ONLY, REPLACE, WORDS, GOAL_MEASUREMENT.NOTE)
                    .build(),
            table(GOAL_REVISION_CHANGE, "goalRevisionChanges", "What each applied goal revision changed, field by field")
                    .exports(under(GOAL_REVISION_CHANGE.REVISION_ID, GOAL_REVISION.ID, OWN_REVISIONS))
                    .erases(under(GOAL_REVISION_CHANGE.REVISION_ID, GOAL_REVISION.ID, ERASED_REVISIONS))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, GOAL_REVISION_CHANGE.REVISION_ID, GOAL_REVISION_CHANGE.ORGANIZATION_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, "the name of the field that changed, a fixed word",
                            GOAL_REVISION_CHANGE.POSITION, GOAL_REVISION_CHANGE.FIELD)
                    .columns(OWNER_ONLY, REPLACE, WORDS + " (the goal's words before and after)",
                            GOAL_REVISION_CHANGE.BEFORE_VALUE, GOAL_REVISION_CHANGE.AFTER_VALUE)
                    .build(),
            table(GOAL_CHANGE_REQUEST, "goalChangeRequests", "Requests for changes to a proposed goal, revision or achievement, with the comment")
                    .exports(under(GOAL_CHANGE_REQUEST.GOAL_ID, GOAL.ID, OWN_GOALS))
                    .erases(anyOf(under(GOAL_CHANGE_REQUEST.GOAL_ID, GOAL.ID, ERASED_GOALS), is(GOAL_CHANGE_REQUEST.ASKED_BY)))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, GOAL_CHANGE_REQUEST.ID, GOAL_CHANGE_REQUEST.ORGANIZATION_ID,
                            GOAL_CHANGE_REQUEST.GOAL_ID, GOAL_CHANGE_REQUEST.REVISION_ID, GOAL_CHANGE_REQUEST.PROPOSED_BY,
                            GOAL_CHANGE_REQUEST.ASKED_BY, GOAL_CHANGE_REQUEST.ANSWERED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, GOAL_CHANGE_REQUEST.SUBJECT, GOAL_CHANGE_REQUEST.ASKED_AT,
                            GOAL_CHANGE_REQUEST.ANSWERED_AT, GOAL_CHANGE_REQUEST.ANSWER)
                    .columns(OWNER_OR_ADMIN, KEEP, "the names of the goal's fields changed in reply, fixed words",
                            GOAL_CHANGE_REQUEST.CHANGED_FIELDS)
                    .columns(OWNER_ONLY, REPLACE, WORDS, GOAL_CHANGE_REQUEST.COMMENT_TEXT)
                    .build(),
            table(GOAL_REVISION, "goalRevisions", "Proposed and applied changes of the goals, with their why")
                    .exports(OWN_REVISIONS).erases(ERASED_REVISIONS)
                    .columns(OWNER_OR_ADMIN, KEEP, ID, GOAL_REVISION.ID, GOAL_REVISION.ORGANIZATION_ID, GOAL_REVISION.GOAL_ID,
                            GOAL_REVISION.PROPOSED_BY, GOAL_REVISION.DECIDED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, GOAL_REVISION.NUMBER, GOAL_REVISION.STATUS, GOAL_REVISION.PROPOSED_AT,
                            GOAL_REVISION.DECIDED_AT, GOAL_REVISION.RESET_CADENCE)
                    .columns(OWNER_ONLY, KEEP, FIGURES, GOAL_REVISION.CHANGE_KIND, GOAL_REVISION.CHANGE_INDICATOR_UNIT,
                            GOAL_REVISION.CHANGE_BASELINE, GOAL_REVISION.CHANGE_TARGET, GOAL_REVISION.CHANGE_DIRECTION,
                            GOAL_REVISION.CHANGE_DUE_ON)
                    .columns(OWNER_ONLY, REPLACE, WORDS, GOAL_REVISION.CHANGE_TITLE, GOAL_REVISION.CHANGE_STATEMENT,
                            GOAL_REVISION.CHANGE_INDICATOR_NAME, GOAL_REVISION.CHANGE_ATTAINABILITY, GOAL_REVISION.CHANGE_RELEVANCE,
                            GOAL_REVISION.RATIONALE, GOAL_REVISION.CONTEXT_TEAM_PRIORITIES, GOAL_REVISION.CONTEXT_CONSTRAINTS,
                            GOAL_REVISION.CONTEXT_INTERESTS)
                    .build(),
            table(SKILL_RECHECK, "skillRechecks", "Learning goals looked at again later: was the skill shown again")
                    .exports(pairOf(SKILL_RECHECK.MENTORSHIP_ID))
                    .erases(anyOf(menteeOf(SKILL_RECHECK.MENTORSHIP_ID), is(SKILL_RECHECK.ANSWERED_BY)))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, SKILL_RECHECK.ID, SKILL_RECHECK.ORGANIZATION_ID, SKILL_RECHECK.MENTORSHIP_ID,
                            SKILL_RECHECK.GOAL_ID, SKILL_RECHECK.ANSWERED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, SKILL_RECHECK.ACHIEVED_ON, SKILL_RECHECK.DUE_ON, SKILL_RECHECK.ANSWERED_AT,
                            SKILL_RECHECK.CREATED_AT)
                    .columns(OWNER_ONLY, KEEP, FIGURES + ": skill retention counts it", SKILL_RECHECK.SHOWN_AGAIN)
                    .columns(OWNER_ONLY, REPLACE, WORDS + " (the goal's title is copied here)", SKILL_RECHECK.GOAL_TITLE, SKILL_RECHECK.EVIDENCE)
                    .build(),
            table(STAKEHOLDER_INVITATION, "stakeholderInvitations", "Teammates invited to add their words to a celebration")
                    .exports(under(STAKEHOLDER_INVITATION.CELEBRATION_ID, CELEBRATION.ID, OWN_CELEBRATIONS))
                    .erases(under(STAKEHOLDER_INVITATION.CELEBRATION_ID, CELEBRATION.ID, ERASED_CELEBRATIONS))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, STAKEHOLDER_INVITATION.ID, STAKEHOLDER_INVITATION.ORGANIZATION_ID,
                            STAKEHOLDER_INVITATION.CELEBRATION_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, STAKEHOLDER_INVITATION.EXPIRES_AT, STAKEHOLDER_INVITATION.ANSWERED_AT,
                            STAKEHOLDER_INVITATION.EDITED_AT, STAKEHOLDER_INVITATION.CREATED_AT, STAKEHOLDER_INVITATION.VERSION)
                    .columns(WITHHELD, KEEP, "the fingerprint of a guest's secret link; it reveals nothing", STAKEHOLDER_INVITATION.TOKEN_HASH)
                    .columns(OWNER_ONLY, REPLACE, "the guest's address and words, given to the pair about the erased person",
                            STAKEHOLDER_INVITATION.EMAIL, STAKEHOLDER_INVITATION.WORDS)
                    .columns(OWNER_ONLY, ANONYMISE, "the guest's name beside their words", STAKEHOLDER_INVITATION.AUTHOR_NAME)
                    .build(),
            table(CELEBRATION_REWARD, "celebrationRewards", "Rewards named in a celebration")
                    .exports(under(CELEBRATION_REWARD.CELEBRATION_ID, CELEBRATION.ID, OWN_CELEBRATIONS))
                    .erases(under(CELEBRATION_REWARD.CELEBRATION_ID, CELEBRATION.ID, ERASED_CELEBRATIONS))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, CELEBRATION_REWARD.ID, CELEBRATION_REWARD.ORGANIZATION_ID, CELEBRATION_REWARD.CELEBRATION_ID)
                    .columns(OWNER_ONLY, KEEP, FIGURES, CELEBRATION_REWARD.POSITION, CELEBRATION_REWARD.KIND)
                    .columns(OWNER_ONLY, REPLACE, WORDS, CELEBRATION_REWARD.DESCRIPTION)
                    .build(),
            table(CELEBRATION_NEXT_STEP, "celebrationNextSteps", "What next, as planned in a celebration")
                    .exports(under(CELEBRATION_NEXT_STEP.CELEBRATION_ID, CELEBRATION.ID, OWN_CELEBRATIONS))
                    .erases(under(CELEBRATION_NEXT_STEP.CELEBRATION_ID, CELEBRATION.ID, ERASED_CELEBRATIONS))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, CELEBRATION_NEXT_STEP.ID, CELEBRATION_NEXT_STEP.ORGANIZATION_ID,
                            CELEBRATION_NEXT_STEP.CELEBRATION_ID, CELEBRATION_NEXT_STEP.GOAL_ID, CELEBRATION_NEXT_STEP.VERSION)
                    .columns(OWNER_ONLY, KEEP, FIGURES, CELEBRATION_NEXT_STEP.POSITION, CELEBRATION_NEXT_STEP.KIND)
                    .columns(OWNER_ONLY, REPLACE, WORDS, CELEBRATION_NEXT_STEP.DESCRIPTION)
                    .build(),
            table(CELEBRATION, "celebrations", "Celebrations of the milestones of the person's mentorships")
                    .exports(OWN_CELEBRATIONS).erases(ERASED_CELEBRATIONS)
                    .columns(OWNER_OR_ADMIN, KEEP, ID, CELEBRATION.ID, CELEBRATION.ORGANIZATION_ID, CELEBRATION.MILESTONE_ID,
                            CELEBRATION.MENTORSHIP_ID, CELEBRATION.PROGRAM_ID, CELEBRATION.CREATED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES + "; celebrations are counted in the balance",
                            CELEBRATION.VISIBILITY, CELEBRATION.CREATED_AT, CELEBRATION.RECOGNITION_EDITED_AT, CELEBRATION.VERSION)
                    .columns(OWNER_ONLY, REPLACE, WORDS + " (the recognition and the story as published)", CELEBRATION.RECOGNITION,
                            CELEBRATION.STORY_CONTEXT, CELEBRATION.STORY_LEARNING, CELEBRATION.STORY_DECISIONS, CELEBRATION.STORY_IMPACT)
                    .build(),
            table(MILESTONE_STORY, "milestoneStories", "A milestone's story as the pair edited it")
                    .exports(under(MILESTONE_STORY.MILESTONE_ID, MILESTONE.ID, OWN_MILESTONES))
                    .erases(anyOf(under(MILESTONE_STORY.MILESTONE_ID, MILESTONE.ID, ERASED_MILESTONES), is(MILESTONE_STORY.EDITED_BY)))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, MILESTONE_STORY.MILESTONE_ID, MILESTONE_STORY.ORGANIZATION_ID, MILESTONE_STORY.EDITED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, MILESTONE_STORY.EDITED_AT, MILESTONE_STORY.VERSION)
                    .columns(OWNER_ONLY, REPLACE, WORDS, MILESTONE_STORY.CONTEXT, MILESTONE_STORY.LEARNING_CURVE,
                            MILESTONE_STORY.DECISION_POINTS, MILESTONE_STORY.IMPACT)
                    .build(),
            table(MILESTONE, "milestones", "Milestones on the goals of the person's mentorships")
                    .exports(OWN_MILESTONES).erases(ERASED_MILESTONES)
                    .columns(OWNER_OR_ADMIN, KEEP, ID, MILESTONE.ID, MILESTONE.ORGANIZATION_ID, MILESTONE.MENTORSHIP_ID, MILESTONE.GOAL_ID,
                            MILESTONE.REACHED_BY, MILESTONE.MEASUREMENT_ID, MILESTONE.CREATED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, MILESTONE.DUE_ON, MILESTONE.STATUS, MILESTONE.REACHED_AT, MILESTONE.CREATED_AT,
                            MILESTONE.VERSION)
                    .columns(OWNER_ONLY, KEEP, FIGURES, MILESTONE.THRESHOLD)
                    .columns(OWNER_ONLY, REPLACE, WORDS, MILESTONE.TITLE, MILESTONE.EVIDENCE)
                    .build(),
            table(GOAL, "goals", "Goals of the person's mentorships")
                    .exports(OWN_GOALS).erases(ERASED_GOALS)
                    .columns(OWNER_OR_ADMIN, KEEP, ID, GOAL.ID, GOAL.ORGANIZATION_ID, GOAL.MENTORSHIP_ID, GOAL.PROPOSED_BY, GOAL.AGREED_BY,
                            GOAL.CLOSED_BY, GOAL.ACHIEVEMENT_PROPOSED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES + "; attainment rates count goals by status", GOAL.STATUS, GOAL.DUE_ON,
                            GOAL.PROPOSED_AT, GOAL.AGREED_AT, GOAL.CLOSED_AT, GOAL.ACHIEVEMENT_PROPOSED_AT, GOAL.VERSION)
                    .columns(OWNER_ONLY, KEEP, FIGURES + ": signals and progress read them", GOAL.KIND, GOAL.INDICATOR_UNIT,
                            GOAL.BASELINE, GOAL.TARGET, GOAL.DIRECTION)
                    .columns(OWNER_ONLY, REPLACE, WORDS, GOAL.TITLE, GOAL.STATEMENT, GOAL.INDICATOR_NAME, GOAL.ATTAINABILITY,
                            GOAL.RELEVANCE, GOAL.RETIRED_BECAUSE, GOAL.ACHIEVEMENT_EVIDENCE)
                    .build(),
            table(ACTION_ITEM_RESOURCE, "actionItemResources", "Resources named for an action item")
                    .exports(under(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID, ACTION_ITEM.ID, OWN_ACTIONS))
                    .erases(under(ACTION_ITEM_RESOURCE.ACTION_ITEM_ID, ACTION_ITEM.ID, OWN_ACTIONS))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, ACTION_ITEM_RESOURCE.ACTION_ITEM_ID, ACTION_ITEM_RESOURCE.ORGANIZATION_ID)
                    .columns(OWNER_ONLY, KEEP, FIGURES, ACTION_ITEM_RESOURCE.POSITION, ACTION_ITEM_RESOURCE.KIND)
                    .columns(OWNER_ONLY, REPLACE, WORDS, ACTION_ITEM_RESOURCE.DESCRIPTION)
                    .build(),
            table(ACTION_ITEM, "actionItems", "Action items the person owns or wrote")
                    .exports(OWN_ACTIONS).erases(OWN_ACTIONS)
                    .columns(OWNER_OR_ADMIN, KEEP, ID, ACTION_ITEM.ID, ACTION_ITEM.ORGANIZATION_ID, ACTION_ITEM.MENTORSHIP_ID,
                            ACTION_ITEM.CREATED_IN, ACTION_ITEM.OWNER_ID, ACTION_ITEM.GOAL_ID, ACTION_ITEM.CREATED_BY, ACTION_ITEM.CLOSED_BY,
                            ACTION_ITEM.CLOSED_IN, ACTION_ITEM.REPLANNED_BY, ACTION_ITEM.UPDATED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES + "; effort signals count done items", ACTION_ITEM.DUE_ON, ACTION_ITEM.STATUS,
                            ACTION_ITEM.CREATED_AT, ACTION_ITEM.CLOSED_AT, ACTION_ITEM.REPLANNED_FROM, ACTION_ITEM.REPLANNED_TO,
                            ACTION_ITEM.REPLANNED_AT, ACTION_ITEM.UPDATED_AT, ACTION_ITEM.VERSION)
                    .columns(OWNER_ONLY, REPLACE, WORDS, ACTION_ITEM.TASK, ACTION_ITEM.CLOSE_REASON)
                    .build(),
            table(RISK, "risks", "Risks the person owns or raised")
                    .exports(anyOf(is(RISK.OWNER_ID), is(RISK.RAISED_BY))).erases(anyOf(is(RISK.OWNER_ID), is(RISK.RAISED_BY)))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, RISK.ID, RISK.ORGANIZATION_ID, RISK.MENTORSHIP_ID, RISK.RAISED_IN, RISK.OWNER_ID,
                            RISK.RAISED_BY, RISK.CLOSED_BY, RISK.CLOSED_IN, RISK.UPDATED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, RISK.STATUS, RISK.RAISED_AT, RISK.CLOSED_AT, RISK.UPDATED_AT, RISK.VERSION)
                    .columns(OWNER_ONLY, KEEP, FIGURES + ": the risk matrix counts them", RISK.LIKELIHOOD, RISK.IMPACT)
                    .columns(OWNER_ONLY, REPLACE, WORDS, RISK.DESCRIPTION, RISK.SUPPORT, RISK.CLOSE_REASON)
                    .build(),
            table(OBSERVATION, "observations", "Observations the person recorded")
                    .exports(is(OBSERVATION.AUTHOR_ID)).erases(is(OBSERVATION.AUTHOR_ID))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, OBSERVATION.ID, OBSERVATION.ORGANIZATION_ID, OBSERVATION.MENTORSHIP_ID,
                            OBSERVATION.CHECK_IN_ID, OBSERVATION.AUTHOR_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES + "; the balance counts observations", OBSERVATION.KIND, OBSERVATION.OBSERVED_ON,
                            OBSERVATION.RECORDED_AT)
                    .columns(OWNER_ONLY, REPLACE, WORDS, OBSERVATION.TEXT)
                    .build(),
            table(GROWTH_ANSWER, "growthAnswers", "Answers the person gave to growth questions")
                    .exports(is(GROWTH_ANSWER.AUTHOR_ID)).erases(is(GROWTH_ANSWER.AUTHOR_ID))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, GROWTH_ANSWER.ID, GROWTH_ANSWER.ORGANIZATION_ID, GROWTH_ANSWER.CHECK_IN_ID,
                            GROWTH_ANSWER.PROMPT_ID, GROWTH_ANSWER.AUTHOR_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, GROWTH_ANSWER.ANSWERED_AT)
                    .columns(OWNER_ONLY, REPLACE, WORDS + " (a question may be the person's own)", GROWTH_ANSWER.QUESTION, GROWTH_ANSWER.ANSWER)
                    .build(),
            table(CHECK_IN_WIN, "wins", "Wins the person recorded")
                    .exports(is(CHECK_IN_WIN.AUTHOR_ID)).erases(is(CHECK_IN_WIN.AUTHOR_ID))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, CHECK_IN_WIN.ID, CHECK_IN_WIN.ORGANIZATION_ID, CHECK_IN_WIN.CHECK_IN_ID, CHECK_IN_WIN.AUTHOR_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES + "; the balance counts wins", CHECK_IN_WIN.RECORDED_AT)
                    .columns(OWNER_ONLY, REPLACE, WORDS, CHECK_IN_WIN.TEXT)
                    .build(),
            table(CHECK_IN_NOTE, "notes", "Notes the person wrote (private ones are theirs alone)")
                    .exports(is(CHECK_IN_NOTE.AUTHOR_ID)).erases(is(CHECK_IN_NOTE.AUTHOR_ID))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, CHECK_IN_NOTE.ID, CHECK_IN_NOTE.ORGANIZATION_ID, CHECK_IN_NOTE.CHECK_IN_ID,
                            CHECK_IN_NOTE.AUTHOR_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, CHECK_IN_NOTE.VISIBILITY, CHECK_IN_NOTE.WRITTEN_AT, CHECK_IN_NOTE.UPDATED_AT,
                            CHECK_IN_NOTE.VERSION)
                    .ownedBy(CHECK_IN_NOTE.AUTHOR_ID, OWNER_ONLY, REPLACE, WORDS + "; a private note is its author's alone", CHECK_IN_NOTE.TEXT)
                    .build(),
            table(FEEDBACK_ENTRY, "feedback", "Feedback the person gave or received")
                    .exports(anyOf(is(FEEDBACK_ENTRY.GIVER_ID), is(FEEDBACK_ENTRY.RECEIVER_ID)))
                    .erases(anyOf(is(FEEDBACK_ENTRY.GIVER_ID), is(FEEDBACK_ENTRY.RECEIVER_ID)))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, FEEDBACK_ENTRY.ID, FEEDBACK_ENTRY.ORGANIZATION_ID, FEEDBACK_ENTRY.CHECK_IN_ID,
                            FEEDBACK_ENTRY.GIVER_ID, FEEDBACK_ENTRY.RECEIVER_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, FEEDBACK_ENTRY.GIVEN_AT, FEEDBACK_ENTRY.EDITED_AT, FEEDBACK_ENTRY.VERSION)
                    .columns(OWNER_ONLY, REPLACE, WORDS + " (feedback about the person is theirs too)", FEEDBACK_ENTRY.TEXT,
                            FEEDBACK_ENTRY.SITUATION, FEEDBACK_ENTRY.BEHAVIOUR, FEEDBACK_ENTRY.IMPACT, FEEDBACK_ENTRY.NEXT_STEP)
                    .build(),
            table(FEEDBACK_REVISION, "feedbackEarlierTexts", "What feedback the person gave said before they rewrote it (theirs alone)")
                    .exports(is(FEEDBACK_REVISION.GIVER_ID))
                    .erases(anyOf(is(FEEDBACK_REVISION.GIVER_ID), is(FEEDBACK_REVISION.RECEIVER_ID)))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, FEEDBACK_REVISION.ID, FEEDBACK_REVISION.ORGANIZATION_ID,
                            FEEDBACK_REVISION.FEEDBACK_ENTRY_ID, FEEDBACK_REVISION.CHECK_IN_ID, FEEDBACK_REVISION.GIVER_ID,
                            FEEDBACK_REVISION.RECEIVER_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, FEEDBACK_REVISION.WRITTEN_AT, FEEDBACK_REVISION.REPLACED_AT)
                    .columns(OWNER_ONLY, REPLACE, WORDS + " (feedback about the person is theirs too)", FEEDBACK_REVISION.TEXT,
                            FEEDBACK_REVISION.SITUATION, FEEDBACK_REVISION.BEHAVIOUR, FEEDBACK_REVISION.IMPACT, FEEDBACK_REVISION.NEXT_STEP)
                    .build(),
            table(PROMPT_SKIP, "promptsSkipped", "Library prompts the person chose not to discuss")
                    .exports(is(PROMPT_SKIP.SKIPPED_BY))
                    .columns(OWNER_OR_ADMIN, KEEP, "which library prompt was skipped and when: no one's words",
                            PROMPT_SKIP.CHECK_IN_ID, PROMPT_SKIP.PROMPT_ID, PROMPT_SKIP.ORGANIZATION_ID, PROMPT_SKIP.SKIPPED_BY,
                            PROMPT_SKIP.SKIPPED_AT)
                    .build(),
            table(INTERPRETATION, "interpretations", "The pair's interpretation in each check-in (written together)")
                    .exports(under(INTERPRETATION.CHECK_IN_ID, CHECK_IN.ID, OWN_CHECK_INS))
                    .erases(under(INTERPRETATION.CHECK_IN_ID, CHECK_IN.ID, OWN_CHECK_INS))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, INTERPRETATION.CHECK_IN_ID, INTERPRETATION.ORGANIZATION_ID, INTERPRETATION.UPDATED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, INTERPRETATION.UPDATED_AT, INTERPRETATION.VERSION)
                    .columns(OWNER_ONLY, REPLACE, WORDS + " (written by both; nobody can tell whose words are whose)",
                            INTERPRETATION.WORKED, INTERPRETATION.DID_NOT_WORK, INTERPRETATION.WHY)
                    .build(),
            table(CHECK_IN_TAKEAWAY, "checkInTakeaways", "What the pair took away from each check-in (written together in its Close section)")
                    .exports(under(CHECK_IN_TAKEAWAY.CHECK_IN_ID, CHECK_IN.ID, OWN_CHECK_INS))
                    .erases(under(CHECK_IN_TAKEAWAY.CHECK_IN_ID, CHECK_IN.ID, OWN_CHECK_INS))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, CHECK_IN_TAKEAWAY.CHECK_IN_ID, CHECK_IN_TAKEAWAY.ORGANIZATION_ID, CHECK_IN_TAKEAWAY.UPDATED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, CHECK_IN_TAKEAWAY.UPDATED_AT, CHECK_IN_TAKEAWAY.VERSION)
                    .columns(OWNER_ONLY, REPLACE, WORDS + " (written by both; nobody can tell whose words are whose)", CHECK_IN_TAKEAWAY.TEXT)
                    .build(),
            table(CHECK_IN_SUMMARY, "checkInSummaries", "The summaries written when the person's check-ins were completed")
                    .exports(under(CHECK_IN_SUMMARY.CHECK_IN_ID, CHECK_IN.ID, OWN_CHECK_INS))
                    .erases(under(CHECK_IN_SUMMARY.CHECK_IN_ID, CHECK_IN.ID, OWN_CHECK_INS))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, CHECK_IN_SUMMARY.CHECK_IN_ID, CHECK_IN_SUMMARY.ORGANIZATION_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES, CHECK_IN_SUMMARY.GENERATED_AT)
                    .columns(OWNER_ONLY, REPLACE, WORDS + " (both people's words and names, copied when the check-in closed)",
                            CHECK_IN_SUMMARY.MARKDOWN)
                    .columns(WITHHELD, REPLACE, "the same summary as markdown, rendered; both people's words", CHECK_IN_SUMMARY.HTML)
                    .build(),
            table(CHECK_IN_SECTION, "checkInAgendas", "The agenda of the person's check-ins and the time each part took")
                    .exports(under(CHECK_IN_SECTION.CHECK_IN_ID, CHECK_IN.ID, OWN_CHECK_INS))
                    .columns(OWNER_OR_ADMIN, KEEP, PLAYBOOK + "; the balance reads the time used", CHECK_IN_SECTION.CHECK_IN_ID,
                            CHECK_IN_SECTION.POSITION, CHECK_IN_SECTION.ORGANIZATION_ID, CHECK_IN_SECTION.KIND, CHECK_IN_SECTION.TITLE,
                            CHECK_IN_SECTION.PLANNED_MINUTES, CHECK_IN_SECTION.PROMPTS, CHECK_IN_SECTION.USED_SECONDS)
                    .build(),
            table(CHECK_IN, "checkIns", "The person's check-ins, with the ratings given after them")
                    .exports(OWN_CHECK_INS).erases(anyOf(is(CHECK_IN.MENTEE_ID), is(CHECK_IN.CANCELLED_BY)))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, CHECK_IN.ID, CHECK_IN.ORGANIZATION_ID, CHECK_IN.MENTORSHIP_ID, CHECK_IN.MENTOR_ID,
                            CHECK_IN.MENTEE_ID, CHECK_IN.PLAYBOOK_ID, CHECK_IN.PLAYBOOK_NUMBER, CHECK_IN.CANCELLED_BY)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES + "; cadence adherence counts them", CHECK_IN.SCHEDULED_AT, CHECK_IN.DURATION_MINUTES,
                            CHECK_IN.STATUS, CHECK_IN.CURRENT_SECTION, CHECK_IN.CURRENT_SINCE, CHECK_IN.STARTED_AT, CHECK_IN.COMPLETED_AT,
                            CHECK_IN.MISSED_AT, CHECK_IN.CANCELLED_AT, CHECK_IN.RATED_AT, CHECK_IN.AUTONOMY_RATED_AT, CHECK_IN.CREATED_AT,
                            CHECK_IN.VERSION)
                    .ownedBy(CHECK_IN.MENTEE_ID, OWNER_ONLY, KEEP, FIGURES + "; the ratings are the mentee's, program figures sum them",
                            CHECK_IN.RATING_CLARITY, CHECK_IN.RATING_USEFULNESS, CHECK_IN.RATING_SUPPORT)
                    .ownedBy(CHECK_IN.MENTEE_ID, OWNER_ONLY, REPLACE, WORDS + " (the mentee's comment on their rating)", CHECK_IN.RATING_COMMENT)
                    .ownedBy(CHECK_IN.MENTOR_ID, OWNER_ONLY, KEEP, FIGURES + "; the mentor's rating, the autonomy trend reads it",
                            CHECK_IN.AUTONOMY_RATING)
                    .columns(OWNER_ONLY, REPLACE, WORDS + " (why a check-in was cancelled)", CHECK_IN.CANCEL_REASON)
                    .build(),
            table(PEER_FEEDBACK, "peerFeedback", "Answers of teammates asked for feedback in the person's mentorships")
                    .exports(under(PEER_FEEDBACK.REQUEST_ID, PEER_FEEDBACK_REQUEST.ID, OWN_REQUESTS))
                    .erases(under(PEER_FEEDBACK.REQUEST_ID, PEER_FEEDBACK_REQUEST.ID, ERASED_REQUESTS))
                    .columns(OWNER_OR_ADMIN, DELETE, PEER_FEEDBACK_GOES, PEER_FEEDBACK.ID, PEER_FEEDBACK.ORGANIZATION_ID,
                            PEER_FEEDBACK.REQUEST_ID, PEER_FEEDBACK.MENTORSHIP_ID, PEER_FEEDBACK.GIVEN_AT, PEER_FEEDBACK.EDITED_AT)
                    .columns(OWNER_ONLY, DELETE, WORDS + " (a teammate's words about the mentee); " + PEER_FEEDBACK_GOES, PEER_FEEDBACK.ANSWER)
                    .build(),
            table(PEER_FEEDBACK_REQUEST, "peerFeedbackRequests", "Teammates asked for feedback in the person's mentorships")
                    .exports(OWN_REQUESTS).erases(ERASED_REQUESTS)
                    .columns(OWNER_OR_ADMIN, DELETE, PEER_FEEDBACK_GOES, PEER_FEEDBACK_REQUEST.ID, PEER_FEEDBACK_REQUEST.ORGANIZATION_ID,
                            PEER_FEEDBACK_REQUEST.MENTORSHIP_ID, PEER_FEEDBACK_REQUEST.INVITED_BY, PEER_FEEDBACK_REQUEST.DUE_ON,
                            PEER_FEEDBACK_REQUEST.EXPIRES_AT, PEER_FEEDBACK_REQUEST.STATUS, PEER_FEEDBACK_REQUEST.CREATED_AT,
                            PEER_FEEDBACK_REQUEST.ANSWERED_AT, PEER_FEEDBACK_REQUEST.REVOKED_AT, PEER_FEEDBACK_REQUEST.VERSION)
                    .columns(WITHHELD, DELETE, "the fingerprint of a guest's secret link; it reveals nothing", PEER_FEEDBACK_REQUEST.TOKEN_HASH)
                    .columns(OWNER_ONLY, DELETE, WORDS + " (what the teammate was asked, and their address); " + PEER_FEEDBACK_GOES,
                            PEER_FEEDBACK_REQUEST.ABOUT, PEER_FEEDBACK_REQUEST.EMAIL)
                    .build(),
            table(INSIGHT_PAIR_ROLLUP, "insightRollups", "Figures of the person's mentorships, summed for the program dashboard")
                    .columns(WITHHELD, KEEP, "sums and counts derived from the rows exported above; program figures must stay correct",
                            INSIGHT_PAIR_ROLLUP.fields())
                    .build(),
            table(INSIGHT_GROUP_RATER, "insightGroupRaters", "Whether the person answered surveys in a group of a program, counted once")
                    .columns(WITHHELD, KEEP, "counts derived from the ratings exported above; program figures must stay correct",
                            INSIGHT_GROUP_RATER.fields())
                    .build(),
            table(WEBHOOK, "webhooks", "Webhooks the person set up for the organization")
                    .exports(is(WEBHOOK.CREATED_BY))
                    .columns(OWNER_OR_ADMIN, KEEP, "the organization's integration, which keeps working after the person leaves",
                            WEBHOOK.ID, WEBHOOK.ORGANIZATION_ID, WEBHOOK.URL, WEBHOOK.EVENTS, WEBHOOK.CREATED_BY, WEBHOOK.CREATED_AT)
                    .columns(WITHHELD, KEEP, "a secret that signs deliveries; shown once, when created", WEBHOOK.SECRET)
                    .build(),
            table(OUTBOX_MESSAGE, "mails", "Mails to the person, and mails that name them")
                    .exports(is(OUTBOX_MESSAGE.PERSON_ID)).erases(MAILS)
                    .columns(OWNER_OR_ADMIN, KEEP, ID, OUTBOX_MESSAGE.ID, OUTBOX_MESSAGE.ORGANIZATION_ID, OUTBOX_MESSAGE.PERSON_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, TIMES + "; the outbox page counts messages", OUTBOX_MESSAGE.CHANNEL, OUTBOX_MESSAGE.KIND,
                            OUTBOX_MESSAGE.STATUS, OUTBOX_MESSAGE.ATTEMPTS, OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, OUTBOX_MESSAGE.CREATED_AT,
                            OUTBOX_MESSAGE.SENT_AT)
                    .columns(OWNER_OR_ADMIN, SCRUB, "the envelope: the person's name and address are cut out of it",
                            OUTBOX_MESSAGE.RECIPIENT, OUTBOX_MESSAGE.SUBJECT)
                    .ownedBy(OUTBOX_MESSAGE.PERSON_ID, OWNER_ONLY, REPLACE, "a mail's body may quote the pair's words",
                            OUTBOX_MESSAGE.BODY_TEXT)
                    .columns(WITHHELD, NULLIFY, "the same body rendered as HTML", OUTBOX_MESSAGE.BODY_HTML)
                    .columns(WITHHELD, KEEP, "delivery machinery: which instance holds a message, why it failed",
                            OUTBOX_MESSAGE.UNIQUE_KEY, OUTBOX_MESSAGE.WEBHOOK_ID, OUTBOX_MESSAGE.CLAIMED_BY, OUTBOX_MESSAGE.LEASE_UNTIL,
                            OUTBOX_MESSAGE.LAST_ERROR)
                    .build(),
            table(AUDIT_ENTRY, "auditEntries", "What the person did, and what was done to their account")
                    .exports(anyOf(is(AUDIT_ENTRY.ACTOR_ID), is(AUDIT_ENTRY.TARGET_ID)))
                    .erases(anyOf(is(AUDIT_ENTRY.ACTOR_ID), is(AUDIT_ENTRY.TARGET_ID)))
                    .columns(OWNER_OR_ADMIN, KEEP, "the security record the organization must keep; it names the person by an opaque id only",
                            AUDIT_ENTRY.ID, AUDIT_ENTRY.ORGANIZATION_ID, AUDIT_ENTRY.AT, AUDIT_ENTRY.ACTOR_ID, AUDIT_ENTRY.ACTION,
                            AUDIT_ENTRY.TARGET_TYPE, AUDIT_ENTRY.TARGET_ID)
                    .ownedBy(AUDIT_ENTRY.ACTOR_ID, OWNER_ONLY, NULLIFY, "a network address points at a person; the entry keeps who did what and when",
                            AUDIT_ENTRY.IP)
                    .columns(OWNER_OR_ADMIN, SCRUB, "short facts, never secrets or conversation; any mention of the name or address is cut out",
                            AUDIT_ENTRY.DETAILS)
                    .build(),
            table(ACCOUNT_LINK, "accountLinks", "One-time invitation and password-reset links sent to the person")
                    .exports(is(ACCOUNT_LINK.PERSON_ID)).erases(is(ACCOUNT_LINK.PERSON_ID))
                    .columns(OWNER_OR_ADMIN, DELETE, "when a link was sent, used or voided; an erased person's links go",
                            ACCOUNT_LINK.ID, ACCOUNT_LINK.ORGANIZATION_ID, ACCOUNT_LINK.PERSON_ID, ACCOUNT_LINK.PURPOSE,
                            ACCOUNT_LINK.CREATED_AT, ACCOUNT_LINK.EXPIRES_AT, ACCOUNT_LINK.USED_AT, ACCOUNT_LINK.VOIDED_AT)
                    .columns(WITHHELD, DELETE, "the fingerprint of a secret link: it never leaves the database", ACCOUNT_LINK.TOKEN_HASH)
                    .build(),
            table(PERSON, "person", "The person's account")
                    .exports(is(PERSON.ID)).erases(is(PERSON.ID))
                    .columns(OWNER_OR_ADMIN, KEEP, ID, PERSON.ID, PERSON.ORGANIZATION_ID)
                    .columns(OWNER_OR_ADMIN, KEEP, "a time zone and a date identify no one; pages of the pair still need a zone",
                            PERSON.TIME_ZONE, PERSON.CREATED_AT)
                    .columns(OWNER_OR_ADMIN, ANONYMISE, "the name becomes \"" + FORMER_MEMBER + "\", the address one that reaches no one",
                            PERSON.EMAIL, PERSON.DISPLAY_NAME)
                    .columns(OWNER_OR_ADMIN, KEEP, "the program dashboard breaks its figures down by team, role and seniority, "
                            + "and those figures must stay right; they show groups, never one person", PERSON.TEAM, PERSON.TITLE, PERSON.SENIORITY)
                    .columns(OWNER_OR_ADMIN, CLOSE, "the account is closed for good", PERSON.ACTIVE, PERSON.STATUS, PERSON.STATUS_SINCE,
                            PERSON.DEACTIVATED_AT, PERSON.VERSION)
                    .columns(WITHHELD, NULLIFY, "a password's hash is a secret; an erased person cannot sign in", PERSON.PASSWORD_HASH)
                    .build());

    private PersonData() {
    }

    public static Optional<TableDecision> of(Table<?> table) {
        return TABLES.stream().filter(t -> t.name().equals(table.getName())).findFirst();
    }
}
