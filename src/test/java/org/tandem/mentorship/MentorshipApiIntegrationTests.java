package org.tandem.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@PostgresRelevant
class MentorshipApiIntegrationTests {

    private static final String MENTORSHIPS = "/api/v1/mentorships";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api api;
    Instant firstAt;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        api = Api.at(port);
        firstAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    private String pairing(Object programId, Object mentorId, Object menteeId) {
        return json("{'programId':'%s','mentorId':'%s','menteeId':'%s','cadence':{'firstAt':'%s'}}", programId, mentorId, menteeId, firstAt);
    }

    private String path(Object mentorshipId) {
        return MENTORSHIPS + "/" + mentorshipId;
    }

    private String mine() {
        return path(world.mentorship().id());
    }

    private String theirs() {
        return path(world.otherMentorship().id());
    }

    private static List<String> ids(Api.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> errorFields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private String cadenceChange(int intervalDays, Instant nextAt) {
        return json("{'intervalDays':%s,'durationMinutes':30,'nextAt':'%s'}", intervalDays, nextAt);
    }

    private int visibleToAdmin() {
        return ids(api.as(world.admin().email()).get(MENTORSHIPS)).size();
    }

    // --- forming pairs

    @Test
    void aLeadPairsAMentorWithAMenteeOfTheirProgram() {
        var created = api.as(world.lead().email()).post(MENTORSHIPS, pairing(world.program().id(), world.mentor().id(), world.otherMentee().id()));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(created.header("Location")).isEqualTo(path(body.get("id").asString()));
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(body.get("programId").asString()).isEqualTo(world.program().id().toString());
        assertThat(body.get("programName").asString()).isEqualTo(world.program().name());
        assertThat(body.get("mentor").get("id").asString()).isEqualTo(world.mentor().id().toString());
        assertThat(body.get("mentor").get("displayName").asString()).isEqualTo("Mona Mentor");
        assertThat(body.get("mentee").get("displayName").asString()).isEqualTo("Olga Mentee");
        assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(body.get("emphasis").asString()).isEqualTo("GENERAL");
        assertThat(body.get("version").asLong()).isZero();
        assertThat(api.as(world.lead().email()).get(created.header("Location")).status()).isEqualTo(200);
    }

    @Test
    void aNewPairTakesTheProgramsRhythmUnlessToldOtherwise() {
        var lead = api.as(world.lead().email());

        JsonNode defaults = lead.post(MENTORSHIPS, pairing(world.program().id(), world.mentor().id(), world.otherMentee().id())).json();
        JsonNode own = lead.post(MENTORSHIPS, json("{'programId':'%s','mentorId':'%s','menteeId':'%s','emphasis':'CROSS_FUNCTIONAL',"
                + "'cadence':{'intervalDays':7,'durationMinutes':30,'firstAt':'%s'}}", world.program().id(), world.otherMentor().id(),
                world.mentee().id(), firstAt)).json();

        assertThat(defaults.get("cadence").get("intervalDays").asInt()).isEqualTo(14);
        assertThat(defaults.get("cadence").get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(Instant.parse(defaults.get("cadence").get("firstAt").asString())).isEqualTo(firstAt);
        assertThat(Instant.parse(defaults.get("cadence").get("nextAt").asString())).isEqualTo(firstAt);
        assertThat(own.get("cadence").get("intervalDays").asInt()).isEqualTo(7);
        assertThat(own.get("cadence").get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(own.get("emphasis").asString()).isEqualTo("CROSS_FUNCTIONAL");
    }

    @Test
    void aMentorWithoutTheMentorRoleIsRefusedNamingTheField() {
        var refused = api.as(world.lead().email()).post(MENTORSHIPS, pairing(world.program().id(), world.otherMentee().id(), world.mentee().id()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("mentorId");
        assertThat(visibleToAdmin()).isEqualTo(2);
    }

    @Test
    void aMenteeWithoutTheMenteeRoleIsRefusedNamingTheField() {
        var refused = api.as(world.lead().email()).post(MENTORSHIPS, pairing(world.program().id(), world.mentor().id(), world.otherMentor().id()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("menteeId");
    }

    @Test
    void nobodyMentorsThemselves() {
        String both = api.as(world.admin().email()).post("/api/v1/people",
                json("{'email':'both-%s@test.example','displayName':'Bo Both','roles':['MENTOR','MENTEE']}", world.organization().slug()))
                .json().get("id").asString();

        var refused = api.as(world.lead().email()).post(MENTORSHIPS, pairing(world.program().id(), both, both));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("menteeId");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("other than the mentor");
    }

    @Test
    void aPairThatAlreadyMeetsInTheProgramIsNotFormedTwice() {
        var refused = api.as(world.lead().email()).post(MENTORSHIPS, pairing(world.program().id(), world.mentor().id(), world.mentee().id()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("menteeId");
        assertThat(visibleToAdmin()).isEqualTo(2);
    }

    @Test
    void aPairNeedsAFirstMeetingAndAGoodRhythm() {
        var refused = api.as(world.lead().email()).post(MENTORSHIPS, json("{'programId':'%s','mentorId':'%s','menteeId':'%s',"
                + "'cadence':{'intervalDays':0,'durationMinutes':5}}", world.program().id(), world.mentor().id(), world.otherMentee().id()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("cadence.intervalDays", "cadence.durationMinutes", "cadence.firstAt");
    }

    @Test
    void aPersonOfAnotherOrganizationCannotBePaired() {
        World elsewhere = World.create(context);

        var refused = api.as(world.lead().email()).post(MENTORSHIPS, pairing(world.program().id(), elsewhere.mentor().id(), world.otherMentee().id()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("mentorId");
    }

    @Test
    void aLeadWhoDoesNotLeadTheProgramCannotPairInItAndLearnsNothingAboutIt() {
        var refused = api.as(world.idleLead().email()).post(MENTORSHIPS, pairing(world.program().id(), world.mentor().id(), world.otherMentee().id()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("programId");
        assertThat(refused.body()).doesNotContain(world.program().name());
        assertThat(visibleToAdmin()).isEqualTo(2);
    }

    @Test
    void aMentorCannotPairPeople() {
        var refused = api.as(world.mentor().email()).post(MENTORSHIPS, pairing(world.program().id(), world.mentor().id(), world.otherMentee().id()));

        // Forming pairs is not a mentor's to do in any program: refused for the role (403), as creating programs is.
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(world.program().name());
        assertThat(visibleToAdmin()).isEqualTo(2);
    }

    @Test
    void anAdminPairsPeopleInAnyProgramOfTheOrganization() {
        var created = api.as(world.admin().email()).post(MENTORSHIPS, pairing(world.program().id(), world.otherMentor().id(), world.mentee().id()));

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void aRetriedPairingWithTheSameIdempotencyKeyFormsOnePair() {
        var lead = api.as(world.lead().email()).with("Idempotency-Key", "pair-once");
        String body = pairing(world.program().id(), world.mentor().id(), world.otherMentee().id());

        var first = lead.post(MENTORSHIPS, body);
        var retry = lead.post(MENTORSHIPS, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(visibleToAdmin()).isEqualTo(3);
    }

    // --- who sees a mentorship

    @Test
    void aMentorAskingForAnotherMentorsMentorshipIsToldItDoesNotExist() {
        var response = api.as(world.mentor().email()).get(theirs());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(world.otherMentee().displayName());
    }

    @Test
    void theMenteeSeesTheirOwnMentorshipButNoOther() {
        var mentee = api.as(world.mentee().email());

        var own = mentee.get(mine());

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("ETag")).isEqualTo("\"0\"");
        assertThat(own.json().get("mentor").get("displayName").asString()).isEqualTo("Mona Mentor");
        assertThat(mentee.get(theirs()).status()).isEqualTo(404);
    }

    @Test
    void aLeadWhoDoesNotLeadTheProgramIsToldTheMentorshipDoesNotExist() {
        assertThat(api.as(world.idleLead().email()).get(mine()).status()).isEqualTo(404);
    }

    @Test
    void theLeadOfTheProgramSeesItsMentorships() {
        assertThat(api.as(world.lead().email()).get(mine()).status()).isEqualTo(200);
        assertThat(api.as(world.lead().email()).get(theirs()).status()).isEqualTo(200);
    }

    @Test
    void anAdminSeesEveryMentorshipOfTheOrganization() {
        var admin = api.as(world.admin().email());

        assertThat(admin.get(mine()).status()).isEqualTo(200);
        assertThat(ids(admin.get(MENTORSHIPS)))
                .containsExactlyInAnyOrder(world.mentorship().id().toString(), world.otherMentorship().id().toString());
    }

    @Test
    void aMentorshipOfAnotherOrganizationDoesNotExistEvenForAnAdmin() {
        World elsewhere = World.create(context);
        var admin = api.as(world.admin().email());

        assertThat(admin.get(path(elsewhere.mentorship().id())).status()).isEqualTo(404);
        assertThat(ids(admin.get(MENTORSHIPS))).doesNotContain(elsewhere.mentorship().id().toString());
        assertThat(admin.put(path(elsewhere.mentorship().id()) + "/cadence", cadenceChange(7, firstAt)).status()).isEqualTo(404);
    }

    @Test
    void aMentorsListHoldsOnlyTheirMentorships() {
        assertThat(ids(api.as(world.mentor().email()).get(MENTORSHIPS))).containsExactly(world.mentorship().id().toString());
        assertThat(ids(api.as(world.otherMentee().email()).get(MENTORSHIPS))).containsExactly(world.otherMentorship().id().toString());
    }

    @Test
    void aLeadsListHoldsTheMentorshipsOfTheirProgramsAndAnIdleLeadsNone() {
        assertThat(ids(api.as(world.lead().email()).get(MENTORSHIPS)))
                .containsExactlyInAnyOrder(world.mentorship().id().toString(), world.otherMentorship().id().toString());
        assertThat(ids(api.as(world.idleLead().email()).get(MENTORSHIPS))).isEmpty();
    }

    @Test
    void theListCanBeNarrowedToOneProgram() {
        var lead = api.as(world.lead().email());
        String second = lead.post("/api/v1/programs", json("{'name':'Second','playbookId':'%s','defaultCadence':{'intervalDays':7,"
                + "'durationMinutes':30}}", world.program().playbookId())).json().get("id").asString();
        String inSecond = lead.post(MENTORSHIPS, pairing(second, world.mentor().id(), world.otherMentee().id())).json().get("id").asString();

        assertThat(ids(lead.get(MENTORSHIPS + "?programId=" + second))).containsExactly(inSecond);
        assertThat(ids(lead.get(MENTORSHIPS + "?programId=" + world.program().id())))
                .containsExactlyInAnyOrder(world.mentorship().id().toString(), world.otherMentorship().id().toString());
        assertThat(ids(api.as(world.mentor().email()).get(MENTORSHIPS + "?programId=" + second))).containsExactly(inSecond);
        assertThat(ids(api.as(world.mentee().email()).get(MENTORSHIPS + "?programId=" + second))).isEmpty();
    }

    @Test
    void aProgramFilterThatIsNotAnIdIsRefusedNamingIt() {
        var refused = api.as(world.lead().email()).get(MENTORSHIPS + "?programId=growth");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("programId");
    }

    @Test
    void theListIsPaginatedWithACursor() {
        var admin = api.as(world.admin().email());

        var first = admin.get(MENTORSHIPS + "?limit=1");
        var second = admin.get(MENTORSHIPS + "?limit=1&cursor=" + first.json().get("nextCursor").asString());

        assertThat(ids(first)).hasSize(1);
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
        assertThat(second.json().has("nextCursor")).isFalse();
    }

    @Test
    void aMadeUpCursorOrLimitIsRefusedNamingIt() {
        var admin = api.as(world.admin().email());

        assertThat(errorFields(admin.get(MENTORSHIPS + "?cursor=made-up"))).containsExactly("cursor");
        assertThat(errorFields(admin.get(MENTORSHIPS + "?limit=201"))).containsExactly("limit");
    }

    // --- cadence

    @Test
    void theMentorChangesThePairsRhythmAndGetsANewEtag() {
        var mentor = api.as(world.mentor().email());
        String etag = mentor.get(mine()).header("ETag");
        Instant next = firstAt.plus(2, ChronoUnit.DAYS);

        var changed = mentor.with("If-Match", etag).put(mine() + "/cadence", cadenceChange(7, next));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag).isEqualTo("\"1\"");
        JsonNode cadence = changed.json().get("cadence");
        assertThat(cadence.get("intervalDays").asInt()).isEqualTo(7);
        assertThat(cadence.get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(Instant.parse(cadence.get("nextAt").asString())).isEqualTo(next);
        assertThat(Instant.parse(cadence.get("firstAt").asString())).isEqualTo(world.mentorship().cadence().firstAt());
        assertThat(mentor.get(mine()).json().get("cadence").get("intervalDays").asInt()).isEqualTo(7);
    }

    @Test
    void theMenteeChangesThePairsRhythmToo() {
        var changed = api.as(world.mentee().email()).put(mine() + "/cadence", cadenceChange(21, firstAt));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("cadence").get("intervalDays").asInt()).isEqualTo(21);
    }

    @Test
    void aRhythmChangeBasedOnAStaleEtagFailsThePreconditionAndChangesNothing() {
        var mentor = api.as(world.mentor().email());
        String etag = mentor.get(mine()).header("ETag");
        assertThat(api.as(world.mentee().email()).with("If-Match", etag).put(mine() + "/cadence", cadenceChange(21, firstAt)).status())
                .isEqualTo(200);

        var refused = mentor.with("If-Match", etag).put(mine() + "/cadence", cadenceChange(7, firstAt));

        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("ETag")).isEqualTo("\"1\"");
        assertThat(mentor.get(mine()).json().get("cadence").get("intervalDays").asInt()).isEqualTo(21);
    }

    @Test
    void aNextMeetingInThePastIsRefusedNamingTheField() {
        var refused = api.as(world.mentor().email()).put(mine() + "/cadence", cadenceChange(7, Instant.now().minus(1, ChronoUnit.DAYS)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("nextAt");
        assertThat(api.as(world.mentor().email()).get(mine()).json().get("version").asLong()).isZero();
    }

    @Test
    void aBadRhythmIsRefusedNamingEveryField() {
        var refused = api.as(world.mentor().email()).put(mine() + "/cadence", json("{'intervalDays':400,'durationMinutes':1}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("intervalDays", "durationMinutes", "nextAt");
    }

    @Test
    void anotherMentorCannotChangeTheRhythmOfAPairTheyAreNotIn() {
        var refused = api.as(world.otherMentor().email()).put(mine() + "/cadence", cadenceChange(7, firstAt));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(api.as(world.mentor().email()).get(mine()).json().get("version").asLong()).isZero();
    }

    @Test
    void aLeadWhoDoesNotLeadTheProgramCannotChangeTheRhythm() {
        assertThat(api.as(world.idleLead().email()).put(mine() + "/cadence", cadenceChange(7, firstAt)).status()).isEqualTo(404);
    }

    // --- preferences

    @Test
    void theMenteeSetsTheirPreferences() {
        var mentee = api.as(world.mentee().email());
        String etag = mentee.get(mine()).header("ETag");

        var saved = mentee.with("If-Match", etag).put(mine() + "/preferences",
                json("{'learningModalities':['PAIRING','READING'],'feedbackStyle':'WRITTEN_FIRST'}"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.header("ETag")).isNotEqualTo(etag);
        JsonNode preferences = mentee.get(mine()).json().get("preferences");
        assertThat(preferences.get("feedbackStyle").asString()).isEqualTo("WRITTEN_FIRST");
        List<String> modalities = new ArrayList<>();
        preferences.get("learningModalities").forEach(m -> modalities.add(m.asString()));
        assertThat(modalities).containsExactlyInAnyOrder("PAIRING", "READING");
    }

    @Test
    void theMentorCannotSetTheMenteesPreferences() {
        var refused = api.as(world.mentor().email()).put(mine() + "/preferences", json("{'learningModalities':['VIDEO'],'feedbackStyle':'DIRECT'}"));

        assertThat(refused.status()).isEqualTo(403);
        JsonNode stored = api.as(world.mentee().email()).get(mine()).json();
        assertThat(stored.get("preferences").get("learningModalities").size()).isZero();
        assertThat(stored.get("version").asLong()).isZero();
    }

    @Test
    void theLeadOfTheProgramCannotSetTheMenteesPreferences() {
        assertThat(api.as(world.lead().email()).put(mine() + "/preferences", json("{'feedbackStyle':'DIRECT'}")).status()).isEqualTo(403);
        assertThat(api.as(world.admin().email()).put(mine() + "/preferences", json("{'feedbackStyle':'DIRECT'}")).status()).isEqualTo(403);
    }

    @Test
    void anotherMenteeCannotSetPreferencesOfAPairTheyAreNotIn() {
        assertThat(api.as(world.otherMentee().email()).put(mine() + "/preferences", json("{'feedbackStyle':'DIRECT'}")).status())
                .isEqualTo(404);
    }

    @Test
    void preferencesBasedOnAStaleEtagFailThePrecondition() {
        var mentee = api.as(world.mentee().email());
        String etag = mentee.get(mine()).header("ETag");
        mentee.put(mine() + "/preferences", json("{'feedbackStyle':'DIRECT'}"));

        var refused = mentee.with("If-Match", etag).put(mine() + "/preferences", json("{'feedbackStyle':'SUPPORTIVE'}"));

        assertThat(refused.status()).isEqualTo(412);
        assertThat(mentee.get(mine()).json().get("preferences").get("feedbackStyle").asString()).isEqualTo("DIRECT");
    }

    @Test
    void anUnknownLearningModalityIsRefusedNamingTheField() {
        var refused = api.as(world.mentee().email()).put(mine() + "/preferences", json("{'learningModalities':['SLEEPING']}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).singleElement().asString().startsWith("learningModalities");
    }
}
