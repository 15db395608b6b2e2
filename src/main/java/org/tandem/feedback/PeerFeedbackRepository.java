package org.tandem.feedback;

import static org.tandem.db.Tables.MENTORSHIP;
import static org.tandem.db.Tables.PEER_FEEDBACK;
import static org.tandem.db.Tables.PEER_FEEDBACK_REQUEST;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tandem.db.tables.records.PeerFeedbackRequestRecord;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.PageRequest;

/** Every SQL statement about peer-feedback requests and their answers; each one scoped by organization. */
@Repository
class PeerFeedbackRepository {

    private final DSLContext dsl;

    PeerFeedbackRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An answer as stored. */
    record StoredAnswer(UUID requestId, String text, Instant givenAt, Instant editedAt) {
    }

    void insert(PeerFeedbackRequest r) {
        dsl.insertInto(PEER_FEEDBACK_REQUEST)
                .set(PEER_FEEDBACK_REQUEST.ID, r.id().value())
                .set(PEER_FEEDBACK_REQUEST.ORGANIZATION_ID, r.organizationId().value())
                .set(PEER_FEEDBACK_REQUEST.MENTORSHIP_ID, r.mentorshipId().value())
                .set(PEER_FEEDBACK_REQUEST.INVITED_BY, r.invitedBy().value())
                .set(PEER_FEEDBACK_REQUEST.EMAIL, r.email())
                .set(PEER_FEEDBACK_REQUEST.ABOUT, r.about())
                .set(PEER_FEEDBACK_REQUEST.DUE_ON, r.dueOn())
                .set(PEER_FEEDBACK_REQUEST.TOKEN_HASH, r.tokenHash())
                .set(PEER_FEEDBACK_REQUEST.EXPIRES_AT, r.expiresAt())
                .set(PEER_FEEDBACK_REQUEST.STATUS, r.status().name())
                .set(PEER_FEEDBACK_REQUEST.CREATED_AT, r.createdAt())
                .set(PEER_FEEDBACK_REQUEST.VERSION, r.version())
                .execute();
    }

    /**
     * When the mentorship's invitations since {@code since} were created, oldest first, for {@link InvitationLimit}.
     * The mentorship's row is locked first, until the transaction ends, so two instances inviting at once count one
     * after the other instead of both seeing room for one more.
     */
    List<Instant> createdSinceLocking(OrganizationId organization, MentorshipId mentorship, Instant since) {
        dsl.select(MENTORSHIP.ID).from(MENTORSHIP)
                .where(MENTORSHIP.ORGANIZATION_ID.eq(organization.value())).and(MENTORSHIP.ID.eq(mentorship.value()))
                .forUpdate()
                .fetch();
        return dsl.select(PEER_FEEDBACK_REQUEST.CREATED_AT).from(PEER_FEEDBACK_REQUEST)
                .where(PEER_FEEDBACK_REQUEST.ORGANIZATION_ID.eq(organization.value()))
                .and(PEER_FEEDBACK_REQUEST.MENTORSHIP_ID.eq(mentorship.value()))
                .and(PEER_FEEDBACK_REQUEST.CREATED_AT.gt(since))
                .orderBy(PEER_FEEDBACK_REQUEST.CREATED_AT)
                .fetch(r -> r.value1());
    }

    /**
     * Writes a transition if nobody else changed the request since it was read; false when someone did
     * (two answers racing, or a revocation racing an answer).
     */
    boolean update(PeerFeedbackRequest r) {
        return dsl.update(PEER_FEEDBACK_REQUEST)
                .set(PEER_FEEDBACK_REQUEST.STATUS, r.status().name())
                .set(PEER_FEEDBACK_REQUEST.ANSWERED_AT, r.answeredAt())
                .set(PEER_FEEDBACK_REQUEST.REVOKED_AT, r.revokedAt())
                .set(PEER_FEEDBACK_REQUEST.VERSION, r.version() + 1)
                .where(PEER_FEEDBACK_REQUEST.ORGANIZATION_ID.eq(r.organizationId().value()))
                .and(PEER_FEEDBACK_REQUEST.ID.eq(r.id().value()))
                .and(PEER_FEEDBACK_REQUEST.VERSION.eq(r.version()))
                .execute() == 1;
    }

    Optional<PeerFeedbackRequest> find(OrganizationId organization, MentorshipId mentorship, PeerFeedbackRequestId id) {
        return dsl.selectFrom(PEER_FEEDBACK_REQUEST)
                .where(PEER_FEEDBACK_REQUEST.ORGANIZATION_ID.eq(organization.value()))
                .and(PEER_FEEDBACK_REQUEST.MENTORSHIP_ID.eq(mentorship.value()))
                .and(PEER_FEEDBACK_REQUEST.ID.eq(id.value()))
                .fetchOptional(PeerFeedbackRepository::toRequest);
    }

    Optional<PeerFeedbackRequest> findByToken(OrganizationId organization, String tokenHash) {
        return dsl.selectFrom(PEER_FEEDBACK_REQUEST)
                .where(PEER_FEEDBACK_REQUEST.ORGANIZATION_ID.eq(organization.value()))
                .and(PEER_FEEDBACK_REQUEST.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(PeerFeedbackRepository::toRequest);
    }

    /** A page of a mentorship's requests, newest first (v7 ids grow with time, so the cursor is the last id). */
    List<PeerFeedbackRequest> ofMentorship(OrganizationId organization, MentorshipId mentorship, PageRequest page) {
        var condition = PEER_FEEDBACK_REQUEST.ORGANIZATION_ID.eq(organization.value())
                .and(PEER_FEEDBACK_REQUEST.MENTORSHIP_ID.eq(mentorship.value()));
        if (page.after().isPresent()) {
            condition = condition.and(PEER_FEEDBACK_REQUEST.ID.lt(page.after().get()));
        }
        return dsl.selectFrom(PEER_FEEDBACK_REQUEST)
                .where(condition)
                .orderBy(PEER_FEEDBACK_REQUEST.ID.desc())
                .limit(page.fetchSize())
                .fetch(PeerFeedbackRepository::toRequest);
    }

    void insertAnswer(PeerFeedbackRequest request, UUID id, String text, Instant givenAt) {
        dsl.insertInto(PEER_FEEDBACK)
                .set(PEER_FEEDBACK.ID, id)
                .set(PEER_FEEDBACK.ORGANIZATION_ID, request.organizationId().value())
                .set(PEER_FEEDBACK.REQUEST_ID, request.id().value())
                .set(PEER_FEEDBACK.MENTORSHIP_ID, request.mentorshipId().value())
                .set(PEER_FEEDBACK.ANSWER, text)
                .set(PEER_FEEDBACK.GIVEN_AT, givenAt)
                .execute();
    }

    /** The guest's new text for their answer; the earlier text is not kept (decision 0087). */
    void reviseAnswer(PeerFeedbackRequest request, String text, Instant editedAt) {
        dsl.update(PEER_FEEDBACK)
                .set(PEER_FEEDBACK.ANSWER, text)
                .set(PEER_FEEDBACK.EDITED_AT, editedAt)
                .where(PEER_FEEDBACK.ORGANIZATION_ID.eq(request.organizationId().value()))
                .and(PEER_FEEDBACK.REQUEST_ID.eq(request.id().value()))
                .execute();
    }

    /** A withdrawn answer is deleted, not hidden, so no query can show it again (as in decision 0079). */
    void deleteAnswer(PeerFeedbackRequest request) {
        dsl.deleteFrom(PEER_FEEDBACK)
                .where(PEER_FEEDBACK.ORGANIZATION_ID.eq(request.organizationId().value()))
                .and(PEER_FEEDBACK.REQUEST_ID.eq(request.id().value()))
                .execute();
    }

    /** The answers to some of a mentorship's requests, by request id. */
    Map<UUID, StoredAnswer> answers(OrganizationId organization, MentorshipId mentorship, List<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(PEER_FEEDBACK.REQUEST_ID, PEER_FEEDBACK.ANSWER, PEER_FEEDBACK.GIVEN_AT, PEER_FEEDBACK.EDITED_AT)
                .from(PEER_FEEDBACK)
                .where(PEER_FEEDBACK.ORGANIZATION_ID.eq(organization.value()))
                .and(PEER_FEEDBACK.MENTORSHIP_ID.eq(mentorship.value()))
                .and(PEER_FEEDBACK.REQUEST_ID.in(requestIds))
                .fetch(r -> new StoredAnswer(r.value1(), r.value2(), r.value3(), r.value4()))
                .stream()
                .collect(Collectors.toMap(StoredAnswer::requestId, a -> a));
    }

    /** Erasure: every answer and request of a mentorship. */
    void deleteAll(OrganizationId organization, MentorshipId mentorship) {
        dsl.deleteFrom(PEER_FEEDBACK)
                .where(PEER_FEEDBACK.ORGANIZATION_ID.eq(organization.value()))
                .and(PEER_FEEDBACK.MENTORSHIP_ID.eq(mentorship.value()))
                .execute();
        dsl.deleteFrom(PEER_FEEDBACK_REQUEST)
                .where(PEER_FEEDBACK_REQUEST.ORGANIZATION_ID.eq(organization.value()))
                .and(PEER_FEEDBACK_REQUEST.MENTORSHIP_ID.eq(mentorship.value()))
                .execute();
    }

    private static PeerFeedbackRequest toRequest(PeerFeedbackRequestRecord r) {
        return new PeerFeedbackRequest(new PeerFeedbackRequestId(r.getId()), new OrganizationId(r.getOrganizationId()),
                new MentorshipId(r.getMentorshipId()), new PersonId(r.getInvitedBy()), r.getEmail(), r.getAbout(), r.getDueOn(),
                r.getTokenHash(), r.getExpiresAt(), PeerFeedbackStatus.valueOf(r.getStatus()), r.getCreatedAt(),
                r.getAnsweredAt(), r.getRevokedAt(), r.getVersion());
    }

}
