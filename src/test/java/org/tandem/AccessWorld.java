package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.SKILL_RECHECK;
import static org.tandem.support.Api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.tandem.AccessMatrix.Caller;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonDraft;
import org.tandem.people.Role;
import org.tandem.support.Api;
import org.tandem.support.Bodies;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/**
 * The world every cell of the access matrix runs in, built once: two organizations, a program with its lead, two
 * pairs, an admin, and one of each resource of the pair (goal, measurement, revision, milestone, celebration,
 * check-ins in each state, action item, risk, note, peer-feedback request, webhook, token, skill re-check), so
 * every path id of the API and of the pages can be filled. Operations that move a resource's state get a fresh
 * one ({@link #fresh}) for each caller they let through, so each cell meets the state its row assumes.
 */
final class AccessWorld {

    private static final LocalDate TODAY = LocalDate.now();

    final World world;
    final World otherWorld;
    private final int port;
    private final ApplicationContext context;
    private final Map<Caller, Api> apis = new EnumMap<>(Caller.class);
    private final Map<Caller, PageClient> pages = new EnumMap<>(Caller.class);
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    /** Path variables by the path segment before them ({@code goals/{id}}, {@code action-items/{itemId}}) → value. */
    private final Map<String, String> ids = new HashMap<>();
    private final AtomicInteger serial = new AtomicInteger();
    private final Api mentor;
    private final Api mentee;
    private final Api lead;
    private final Api admin;

    AccessWorld(int port, ApplicationContext context) {
        this.port = port;
        this.context = context;
        world = World.create(context);
        otherWorld = World.create(context);
        apis.put(Caller.ANONYMOUS, Api.at(port));
        signIn(Caller.OTHER_ORG, otherWorld.admin().email());
        signIn(Caller.OTHER_PAIR, world.otherMentor().email());
        signIn(Caller.LEAD, world.lead().email());
        signIn(Caller.ADMIN, world.admin().email());
        signIn(Caller.MENTOR, world.mentor().email());
        signIn(Caller.MENTEE, world.mentee().email());
        mentor = apis.get(Caller.MENTOR);
        mentee = apis.get(Caller.MENTEE);
        lead = apis.get(Caller.LEAD);
        admin = apis.get(Caller.ADMIN);
        build();
    }

    Api api(Caller caller) {
        return apis.get(caller);
    }

    /** The caller's personal access token, for requests the {@link Api} client cannot make (event streams); null if anonymous. */
    String token(Caller caller) {
        return tokens.get(caller);
    }

    /** One password check per caller, then a token: the cells run on tokens, which keeps the matrix fast. */
    private void signIn(Caller caller, String email) {
        var token = Api.at(port).as(email).post("/api/v1/me/tokens", "{\"name\":\"access matrix\"}");
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        tokens.put(caller, token.json().get("token").asString());
        apis.put(caller, Api.at(port).bearer(tokens.get(caller)));
    }

    /** A signed-in page session per caller (none for the anonymous one), opened on first use. */
    PageClient page(Caller caller) {
        return pages.computeIfAbsent(caller, c -> {
            PageClient client = PageClient.at(port);
            String email = switch (c) {
                case ANONYMOUS -> null;
                case OTHER_ORG -> otherWorld.admin().email();
                case OTHER_PAIR -> world.otherMentor().email();
                case LEAD -> world.lead().email();
                case ADMIN -> world.admin().email();
                case MENTOR -> world.mentor().email();
                case MENTEE -> world.mentee().email();
            };
            if (email != null) {
                assertThat(client.signIn(email).status()).as("sign-in of " + c).isEqualTo(302);
            }
            return client;
        });
    }

    // ---- the shared resources

    private void build() {
        String mentorship = world.mentorship().id().toString();
        ids.put("mentorships/{id}", mentorship);
        ids.put("programs/{id}", world.program().id().toString());
        ids.put("playbooks/{id}", lead.get("/api/v1/programs/" + world.program().id()).json().get("playbookId").asString());
        ids.put("people/{id}", world.mentee().id().toString());
        ids.put("tokens/{tokenId}", created(mentee.post("/api/v1/me/tokens", "{\"name\":\"spare\"}")));
        ids.put("sections/{kind}", "REVIEW");

        String goal = activeGoal("OUTPUT");
        ids.put("goals/{id}", goal);
        ids.put("measurements/{measurementId}", created(mentee.post("/api/v1/goals/" + goal + "/measurements",
                json("{'value':55,'observedOn':'%s'}", TODAY))));
        ids.put("revisions/{revisionId}", proposedRevision(goal));
        String milestone = reachedMilestone(goal);
        ids.put("milestones/{id}", milestone);
        var celebration = celebrate(milestone);
        ids.put("next-steps/{stepId}", celebration.get("nextSteps").get(0).get("id").asString());
        // The guest link as the celebration answers it to its author (a secret link may leave the API one day: then no guest page is reachable).
        var links = celebration.get("stakeholderLinks");
        ids.put("celebrations/{token}", links == null || links.isEmpty() ? "no-link-" + UUID.randomUUID() : token(links.get(0).get("link").asString()));

        String checkIn = mentor.get("/api/v1/mentorships/" + mentorship + "/check-ins").json().get("items").get(0).get("id").asString();
        ok(mentor.post("/api/v1/check-ins/" + checkIn + "/start", ""));
        ids.put("check-ins/{id}", checkIn);
        ids.put("action-items/{itemId}", actionItem(checkIn));
        ids.put("risks/{riskId}", risk(checkIn));
        ids.put("feedback/{entryId}", feedbackEntry(checkIn));
        ids.put("notes/{noteId}", created(mentor.post("/api/v1/check-ins/" + checkIn + "/notes",
                json("{'text':'We agreed to look at the ticket data first.','visibility':'PAIR'}"))));
        ids.put("questions/{promptId}", mentor.get("/api/v1/check-ins/" + checkIn + "/questions").json().get("items").get(0).get("id").asString());

        var request = peerFeedbackRequest();
        ids.put("peer-feedback-requests/{requestId}", request.get("id"));
        ids.put("peer-feedback/{requestId}", request.get("id"));
        ids.put("feedback/{token}", request.get("token"));
        ids.put("webhooks/{id}", webhook());
        ids.put("tokens/{id}", created(mentor.post("/api/v1/me/tokens", "{\"name\":\"spare\"}")));
        ids.put("calendar/{token}.ics", calendarToken());
        // one-time account links: a made-up token, answered alike for everyone (the real ones are tested in people.account)
        ids.put("invitations/{token}", "unknown-" + UUID.randomUUID());
        ids.put("password-reset/{token}", "unknown-" + UUID.randomUUID());
        ids.put("skill-rechecks/{id}", skillRecheck(false));
        ids.put("outbox/{id}", UUID.randomUUID().toString());
    }

    /** The shared ids, or a fresh set for an operation that moves its resource's state. */
    Map<String, String> ids(String operation) {
        Supplier<Map<String, String>> fresh = fresh(operation);
        if (fresh == null) {
            return ids;
        }
        Map<String, String> merged = new HashMap<>(ids);
        merged.putAll(fresh.get());
        return merged;
    }

    boolean changesState(String operation) {
        return fresh(operation) != null;
    }

    /** Fills a templated path: each variable by the segment before it. */
    static String fill(String path, Map<String, String> ids) {
        String[] segments = path.split("/");
        StringBuilder filled = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.contains("{")) {
                String value = ids.get(segments[i - 1] + "/" + segment);
                if (value == null) {
                    throw new IllegalStateException("No id for " + segments[i - 1] + "/" + segment + " in " + path
                            + ": give AccessWorld one");
                }
                segment = value + segment.substring(segment.indexOf('}') + 1);
            }
            filled.append('/').append(segment);
        }
        return filled.toString();
    }

    private Supplier<Map<String, String>> fresh(String operation) {
        return switch (operation) {
            case "POST /api/v1/check-ins/{id}/start", "POST /api/v1/check-ins/{id}/cancel", "POST /api/v1/check-ins/{id}/reschedule",
                 "PUT /api/v1/check-ins/{id}/schedule" -> () -> Map.of("check-ins/{id}", scheduledCheckIn());
            case "POST /api/v1/check-ins/{id}/complete", "POST /api/v1/check-ins/{id}/sections/{kind}/begin",
                 "POST /api/v1/check-ins/{id}/sections/next" -> () -> Map.of("check-ins/{id}", startedCheckIn());
            case "POST /api/v1/check-ins/{id}/rating", "POST /api/v1/check-ins/{id}/autonomy", "GET /api/v1/check-ins/{id}/summary",
                 "GET /check-ins/{id}/summary", "GET /check-ins/{id}/summary.md" -> () -> Map.of("check-ins/{id}", completedCheckIn());
            case "POST /api/v1/check-ins/{id}/questions/{promptId}/skip" -> () -> {
                String checkIn = startedCheckIn();
                return Map.of("check-ins/{id}", checkIn, "questions/{promptId}",
                        mentor.get("/api/v1/check-ins/" + checkIn + "/questions").json().get("items").get(0).get("id").asString());
            };
            case "PATCH /api/v1/action-items/{itemId}" -> () -> Map.of("action-items/{itemId}", actionItem(ids.get("check-ins/{id}")));
            case "PATCH /api/v1/risks/{riskId}" -> () -> Map.of("risks/{riskId}", risk(ids.get("check-ins/{id}")));
            case "PATCH /api/v1/check-ins/{id}/feedback/{entryId}", "DELETE /api/v1/check-ins/{id}/feedback/{entryId}" ->
                    () -> Map.of("feedback/{entryId}", feedbackEntry(ids.get("check-ins/{id}")));
            case "POST /api/v1/goals/{id}/agreement", "POST /api/v1/goals/{id}/change-requests" ->
                    () -> Map.of("goals/{id}", proposedGoal("OUTPUT"));
            case "PATCH /api/v1/goals/{id}" -> () -> {
                String goal = proposedGoal("OUTPUT");
                ok(mentor.post("/api/v1/goals/" + goal + "/change-requests", json("{'comment':'Name the survey the score comes from'}")));
                return Map.of("goals/{id}", goal);
            };
            case "POST /api/v1/goals/{id}/achievement", "POST /api/v1/goals/{id}/retirement", "POST /api/v1/goals/{id}/revisions" ->
                    () -> Map.of("goals/{id}", activeGoal("OUTPUT"));
            case "POST /api/v1/goals/{id}/achievement/agreement", "POST /api/v1/goals/{id}/achievement/withdrawal",
                 "POST /api/v1/goals/{id}/achievement/change-requests" -> () -> {
                String goal = activeGoal("OUTPUT");
                ok(mentor.post("/api/v1/goals/" + goal + "/achievement", json("{'evidence':'The score reached 80'}")));
                return Map.of("goals/{id}", goal);
            };
            case "POST /api/v1/goals/{id}/change-requests/{requestId}/dismissal" -> () -> {
                String goal = activeGoal("OUTPUT");
                ok(mentor.post("/api/v1/goals/" + goal + "/achievement", json("{'evidence':'The score reached 80'}")));
                var asked = mentee.post("/api/v1/goals/" + goal + "/achievement/change-requests", json("{'comment':'Show the survey first'}"));
                ok(asked);
                return Map.of("goals/{id}", goal, "change-requests/{requestId}", asked.json().get("changeRequests").get(0).get("id").asString());
            };
            case "POST /api/v1/goals/{id}/revisions/{revisionId}/agreement", "POST /api/v1/goals/{id}/revisions/{revisionId}/withdrawal",
                 "POST /api/v1/goals/{id}/revisions/{revisionId}/change-requests" -> () -> {
                String goal = activeGoal("OUTPUT");
                return Map.of("goals/{id}", goal, "revisions/{revisionId}", proposedRevision(goal));
            };
            case "POST /api/v1/milestones/{id}/reached" -> () -> Map.of("milestones/{id}", openMilestone(ids.get("goals/{id}")));
            case "POST /api/v1/milestones/{id}/celebration" -> () -> Map.of("milestones/{id}", reachedMilestone(ids.get("goals/{id}")));
            case "POST /api/v1/milestones/{id}/celebration/next-steps/{stepId}/goal" -> () -> {
                String milestone = reachedMilestone(ids.get("goals/{id}"));
                return Map.of("milestones/{id}", milestone, "next-steps/{stepId}",
                        celebrate(milestone).get("nextSteps").get(0).get("id").asString());
            };
            case "POST /api/v1/mentorships/{id}/peer-feedback-requests/{requestId}/revocation" ->
                    () -> Map.of("peer-feedback-requests/{requestId}", peerFeedbackRequest().get("id"));
            case "DELETE /api/v1/webhooks/{id}" -> () -> Map.of("webhooks/{id}", webhook());
            case "DELETE /api/v1/me/tokens/{id}" -> () -> Map.of("tokens/{id}", created(mentor.post("/api/v1/me/tokens", "{\"name\":\"spare\"}")));
            case "PUT /api/v1/people/{id}", "POST /api/v1/people/{id}/deactivation", "POST /api/v1/people/{id}/erasure" ->
                    () -> Map.of("people/{id}", colleague(Role.MENTEE, World.PASSWORD).id().toString());
            case "POST /api/v1/people/{id}/invitation" -> () -> Map.of("people/{id}", colleague(Role.MENTEE, null).id().toString());
            case "DELETE /api/v1/people/{id}/tokens/{tokenId}" -> () -> Map.of("tokens/{tokenId}",
                    created(mentee.post("/api/v1/me/tokens", "{\"name\":\"spare\"}")));
            case "PUT /api/v1/playbooks/{id}" -> () -> Map.of("playbooks/{id}", created(lead.post("/api/v1/playbooks", playbookBody())));
            case "POST /api/v1/skill-rechecks/{id}/answer" -> () -> Map.of("skill-rechecks/{id}", skillRecheck(true));
            case "GET /calendar/{token}.ics" -> () -> Map.of("calendar/{token}.ics", calendarToken());
            default -> null;
        };
    }

    /** A valid body for the operation, made anew for each call (unique emails, future times), or null for none. */
    Function<Map<String, String>, String> body(String operation) {
        return switch (operation) {
            case "POST /api/v1/me/tokens" -> ids -> "{\"name\":\"matrix\"}";
            case "PUT /api/v1/me/notifications" -> ids -> json("{'email':[{'kind':'WEEKLY_DIGEST','enabled':false}]}");
            // Each caller changes their own password once; the pages ran before (the test orders them), the cells run on tokens.
            case "PUT /api/v1/me/password" -> ids -> json("{'currentPassword':'%s','newPassword':'Quiet orchard lantern 2027'}", World.PASSWORD);
            case "POST /api/v1/people" -> ids -> json("{'email':'%s','displayName':'Pat Newcomer','roles':['MENTEE'],'password':'%s'}",
                    email("new"), World.PASSWORD);
            case "PUT /api/v1/people/{id}" -> ids -> json("{'email':'%s','displayName':'Pat Renamed','roles':['MENTEE'],'timeZone':'Europe/Berlin'}",
                    personEmail(ids.get("people/{id}")));
            case "POST /api/v1/people/import" -> ids -> "email,displayName,roles,team,title,seniority,timeZone\n" + email("csv")
                    + ",Cas Imported,MENTEE,,,,Europe/Berlin\n";
            case "POST /api/v1/playbooks", "PUT /api/v1/playbooks/{id}" -> ids -> playbookBody();
            case "POST /api/v1/programs" -> ids -> json("{'name':'Program %s','playbookId':'%s','defaultCadence':{'intervalDays':14,'durationMinutes':45}}",
                    serial.incrementAndGet(), this.ids.get("playbooks/{id}"));
            case "POST /api/v1/mentorships" -> ids -> json("{'programId':'%s','mentorId':'%s','menteeId':'%s','cadence':{'intervalDays':14,"
                    + "'durationMinutes':45,'firstAt':'%s'}}", world.program().id(), world.mentor().id(), colleague(Role.MENTEE, World.PASSWORD).id(), later(8));
            case "PUT /api/v1/mentorships/{id}/cadence" -> ids -> json("{'intervalDays':14,'durationMinutes':45,'nextAt':'%s'}", later(9));
            case "PUT /api/v1/mentorships/{id}/preferences" -> ids -> json("{'learningModalities':['READING'],'feedbackStyle':'DIRECT'}");
            // The default playbook as it is (its timeboxes are fixed): later check-ins keep every section the other cells use.
            case "PUT /api/v1/mentorships/{id}/playbook" -> ids -> json("{'sections':[{'kind':'RECAP','minutes':3},{'kind':'REVIEW','minutes':8},"
                    + "{'kind':'INTERPRET','minutes':6},{'kind':'ADJUST','minutes':6},{'kind':'GROWTH','minutes':6},{'kind':'RISKS','minutes':3},"
                    + "{'kind':'FEEDBACK','minutes':5},{'kind':'CELEBRATE','minutes':3},{'kind':'PLAN','minutes':3,'addedPrompts':['Who tells the team?']},"
                    + "{'kind':'CLOSE','minutes':2}]}");
            case "PUT /api/v1/programs/{id}/playbooks" -> ids -> json("{'playbookId':'%s','variantIds':[]}", this.ids.get("playbooks/{id}"));
            case "POST /api/v1/mentorships/{id}/goals", "POST /api/v1/smart-check" -> ids -> Bodies.goal("Goal " + serial.incrementAndGet(), TODAY.plusDays(90));
            case "POST /api/v1/mentorships/{id}/check-ins", "POST /api/v1/check-ins/{id}/reschedule", "PUT /api/v1/check-ins/{id}/schedule" ->
                    ids -> json("{'scheduledAt':'%s'}", later(20 + serial.incrementAndGet()));
            case "POST /api/v1/mentorships/{id}/peer-feedback-requests" -> ids -> peerFeedbackBody();
            case "POST /api/v1/goals/{id}/measurements" -> ids -> json("{'value':57,'observedOn':'%s'}", TODAY);
            case "POST /api/v1/goals/{id}/revisions" -> ids -> revisionBody();
            case "POST /api/v1/goals/{id}/retirement" -> ids -> json("{'reason':'The team moved the support work elsewhere'}");
            case "POST /api/v1/goals/{id}/achievement" -> ids -> json("{'evidence':'The score reached 80'}");
            case "POST /api/v1/goals/{id}/change-requests", "POST /api/v1/goals/{id}/achievement/change-requests",
                 "POST /api/v1/goals/{id}/revisions/{revisionId}/change-requests" ->
                    ids -> json("{'comment':'Say which survey the score comes from'}");
            case "PATCH /api/v1/goals/{id}" -> ids -> json("{'title':'Goal %s, sharper'}", serial.incrementAndGet());
            case "POST /api/v1/goals/{id}/milestones" -> ids -> json("{'title':'Halfway there'}");
            case "POST /api/v1/milestones/{id}/reached" -> ids -> json("{'evidence':'The score passed 60 in May'}");
            case "PUT /api/v1/milestones/{id}/story" -> ids -> json("{'context':'A noisy queue','learningCurve':'Weekly reviews',"
                    + "'decisionPoints':['Reviewing closed tickets'],'impact':'Satisfaction from 40 to 62'}");
            case "POST /api/v1/milestones/{id}/celebration" -> ids -> celebrationBody();
            case "PUT /api/v1/milestones/{id}/celebration/visibility" -> ids -> json("{'visibility':'PAIR'}");
            case "PATCH /api/v1/milestones/{id}/celebration" -> ids -> json("{'recognition':'You ran the incident review alone and the team shipped the fix a day early'}");
            case "POST /api/v1/check-ins/{id}/cancel" -> ids -> json("{'reason':'Both of us are travelling'}");
            case "PUT /api/v1/check-ins/{id}/sections/{kind}/time" -> ids -> "{\"seconds\":120}";
            case "POST /api/v1/check-ins/{id}/observations" -> ids -> json("{'kind':'METRIC','text':'The score rose to 57','observedOn':'%s'}", TODAY);
            case "PUT /api/v1/check-ins/{id}/interpretation" -> ids -> json("{'worked':'Weekly reviews','didNotWork':'Friday slots','why':'Fridays are busy'}");
            case "PUT /api/v1/check-ins/{id}/takeaway" -> ids -> json("{'text':'Smaller reviews get read the same day'}");
            case "POST /api/v1/check-ins/{id}/answers" -> ids -> json("{'question':'What surprised you?','answer':'How quickly the reviews paid off'}");
            case "POST /api/v1/check-ins/{id}/risks" -> ids -> riskBody();
            case "POST /api/v1/check-ins/{id}/feedback" -> ids -> json("{'situation':'In Tuesday review','behaviour':'you summarised three tickets',"
                    + "'impact':'the team decided in five minutes','nextStep':'send the summary the day before next time'}");
            case "PATCH /api/v1/check-ins/{id}/feedback/{entryId}" -> ids -> json("{'text':'In the Tuesday review your summary let the team decide in five minutes'}");
            case "POST /api/v1/check-ins/{id}/wins" -> ids -> json("{'text':'The review template is in use'}");
            case "POST /api/v1/check-ins/{id}/action-items" -> ids -> actionItemBody();
            case "PATCH /api/v1/action-items/{itemId}" -> ids -> json("{'status':'DONE'}");
            case "PATCH /api/v1/risks/{riskId}" -> ids -> json("{'status':'CLOSED'}");
            case "POST /api/v1/check-ins/{id}/notes" -> ids -> json("{'text':'A note for both of us','visibility':'PAIR'}");
            case "POST /api/v1/check-ins/{id}/rating" -> ids -> json("{'clarity':4,'usefulness':4,'support':5}");
            case "POST /api/v1/check-ins/{id}/autonomy" -> ids -> "{\"rating\":3}";
            case "POST /api/v1/feedback/check" -> ids -> json("{'text':'You always rush the reviews'}");
            case "POST /api/v1/skill-rechecks/{id}/answer" -> ids -> json("{'shownAgain':true,'evidence':'Ran a review alone'}");
            case "POST /api/v1/webhooks" -> ids -> webhookBody();
            default -> null;
        };
    }

    String contentType(String operation) {
        return operation.equals("POST /api/v1/people/import") ? "text/csv" : "application/json";
    }

    // ---- building blocks, all through the API as the pair (or the lead or admin where they own the thing)

    private String proposedGoal(String kind) {
        String body = Bodies.goal("Goal " + serial.incrementAndGet(), TODAY.plusDays(90));
        if (kind.equals("LEARNING")) {
            body = body.replace("\"OUTPUT\"", "\"LEARNING\"");
        }
        return created(mentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals", body));
    }

    private String activeGoal(String kind) {
        String goal = proposedGoal(kind);
        ok(mentor.post("/api/v1/goals/" + goal + "/agreement", ""));
        return goal;
    }

    private String proposedRevision(String goal) {
        return created(mentee.post("/api/v1/goals/" + goal + "/revisions", revisionBody()));
    }

    private String revisionBody() {
        return json("{'changes':{'title':'Sharper goal %s'},'rationale':'The first title named the activity, not the result',"
                + "'context':{'teamPriorities':'Support quality'}}", serial.incrementAndGet());
    }

    private String openMilestone(String goal) {
        return created(mentor.post("/api/v1/goals/" + goal + "/milestones", json("{'title':'Milestone %s'}", serial.incrementAndGet())));
    }

    private String reachedMilestone(String goal) {
        String milestone = openMilestone(goal);
        ok(mentor.post("/api/v1/milestones/" + milestone + "/reached", json("{'evidence':'The score passed 60'}")));
        return milestone;
    }

    private tools.jackson.databind.JsonNode celebrate(String milestone) {
        var celebration = mentor.post("/api/v1/milestones/" + milestone + "/celebration", celebrationBody());
        assertThat(celebration.status()).as(celebration.toString()).isEqualTo(201);
        return celebration.json();
    }

    private String celebrationBody() {
        return json("{'recognition':'Your weekly reviews lifted the satisfaction score from 40 to 62 in two months.',"
                + "'rewards':[{'kind':'PROJECT','description':'Lead the onboarding review'}],'stakeholders':['%s'],'visibility':'PAIR',"
                + "'nextSteps':[{'kind':'EXPAND_SCOPE','description':'Run the reviews for a second team'}]}", email("stakeholder"));
    }

    private String scheduledCheckIn() {
        return created(mentor.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", later(60 + serial.incrementAndGet()))));
    }

    private String startedCheckIn() {
        String checkIn = scheduledCheckIn();
        ok(mentor.post("/api/v1/check-ins/" + checkIn + "/start", ""));
        return checkIn;
    }

    private String completedCheckIn() {
        String checkIn = startedCheckIn();
        ok(mentor.post("/api/v1/check-ins/" + checkIn + "/notes", json("{'text':'Only for the two of us','visibility':'PAIR'}")));
        ok(mentor.post("/api/v1/check-ins/" + checkIn + "/complete", ""));
        return checkIn;
    }

    private String actionItem(String checkIn) {
        return created(mentor.post("/api/v1/check-ins/" + checkIn + "/action-items", actionItemBody()));
    }

    private String actionItemBody() {
        return json("{'task':'Draft the review checklist %s','ownerId':'%s','dueOn':'%s','resources':[]}", serial.incrementAndGet(),
                world.mentee().id(), TODAY.plusDays(7));
    }

    /** Feedback the mentor gave in the check-in: only they may change it. */
    private String feedbackEntry(String checkIn) {
        return created(mentor.post("/api/v1/check-ins/" + checkIn + "/feedback", json("{'text':'You kept the review short and it helped'}")));
    }

    private String risk(String checkIn) {
        return created(mentor.post("/api/v1/check-ins/" + checkIn + "/risks", riskBody()));
    }

    private String riskBody() {
        return json("{'description':'Holidays in August %s','likelihood':2,'impact':2,'support':'Plan the reviews ahead','ownerId':'%s'}",
                serial.incrementAndGet(), world.mentee().id());
    }

    private Map<String, String> peerFeedbackRequest() {
        var request = mentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/peer-feedback-requests", peerFeedbackBody());
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        return Map.of("id", request.json().get("id").asString(), "token", token(request.json().get("link").asString()));
    }

    private String peerFeedbackBody() {
        return json("{'email':'%s','about':'How I run the ticket reviews','dueOn':'%s'}", email("peer"), TODAY.plusDays(10));
    }

    private String webhook() {
        return created(admin.post("/api/v1/webhooks", webhookBody()));
    }

    private static String webhookBody() {
        // A public address literal: accepted by the URL policy without a DNS lookup; nothing is delivered in tests.
        return json("{'url':'https://93.184.215.14/tandem','events':['checkin.completed'],'secret':'a-secret-long-enough-to-sign'}");
    }

    private String playbookBody() {
        return json("{'name':'Playbook %s','sections':[{'kind':'REVIEW','title':'The data','minutes':20,'prompts':[]},"
                + "{'kind':'PLAN','title':'Next steps','minutes':10,'prompts':[]}]}", serial.incrementAndGet());
    }

    /** The mentor's calendar feed as it is now: the API matrix rotates it. */
    private String calendarToken() {
        String url = mentor.get("/api/v1/me/calendar").json().get("url").asString();
        return url.substring(url.lastIndexOf('/') + 1).replace(".ics", "");
    }

    /** Achieved by the pair: proposed by the mentor, agreed by the mentee where the achievement needs both sides. */
    private void achieve(String goal) {
        ok(mentor.post("/api/v1/goals/" + goal + "/achievement", json("{'evidence':'Ran the review alone'}")));
        if (!"ACHIEVED".equals(mentor.get("/api/v1/goals/" + goal).json().get("status").asString())) {
            ok(mentee.post("/api/v1/goals/" + goal + "/achievement/agreement", ""));
        }
    }

    /** The re-check a LEARNING goal's achievement schedules; when {@code due}, moved to yesterday so the pair may answer it. */
    private String skillRecheck(boolean due) {
        String goal = activeGoal("LEARNING");
        achieve(goal);
        if (due) {
            context.getBean(DSLContext.class).update(SKILL_RECHECK).set(SKILL_RECHECK.DUE_ON, TODAY.minusDays(2))
                    .where(SKILL_RECHECK.GOAL_ID.eq(UUID.fromString(goal))).execute();
        }
        var items = mentor.get("/api/v1/mentorships/" + world.mentorship().id() + "/skill-rechecks").json().get("items");
        for (var item : items) {
            if (item.get("goalId").asString().equals(goal)) {
                return item.get("id").asString();
            }
        }
        throw new IllegalStateException("Achieving a LEARNING goal scheduled no skill re-check");
    }

    /** Someone of the organization outside the pair; without a password they are invited, not yet active. */
    private Person colleague(Role role, String password) {
        return context.getBean(PeopleService.class).createUnchecked(world.organization().id(), new PersonDraft(email("colleague"),
                "Cole League", Set.of(role), null, null, null, "Europe/Berlin", password));
    }

    private String personEmail(String personId) {
        return admin.get("/api/v1/people/" + personId).json().get("email").asString();
    }

    private String email(String what) {
        return what + "-" + serial.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6) + "@matrix.example";
    }

    private static Instant later(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
