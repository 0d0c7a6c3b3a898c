package org.pacto.dialogue.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

// The module's repositories, in one file: each aggregate's own.
interface MemberRepository extends JpaRepository<Member, UUID> {
    Optional<Member> findByOrganisationId(UUID organisationId);

    @Query("select m from Member m order by m.organisationName")
    List<Member> ordered();
}

interface SeatRepository extends JpaRepository<Seat, UUID> {
    List<Seat> findByMemberId(UUID memberId);

    Optional<Seat> findByMemberIdAndTable(UUID memberId, WorkingTable table);
}

interface MeetingRepository extends JpaRepository<Meeting, UUID> {
    @Query("select m from Meeting m order by m.heldOn desc")
    List<Meeting> latestFirst();

    @Query("select m from Meeting m where m.table = :table order by m.heldOn desc, m.recordedAt desc")
    List<Meeting> of(WorkingTable table);
}

interface ConsultationRepository extends JpaRepository<Consultation, UUID> {
    @Query("select c from Consultation c order by c.closes desc")
    List<Consultation> latestFirst();
}

interface BallotRepository extends JpaRepository<Ballot, UUID> {
    Optional<Ballot> findByConsultationIdAndOrganisationId(UUID consultationId, UUID organisationId);

    @Query("select b from Ballot b where b.consultationId = :consultation order by b.castAt")
    List<Ballot> of(UUID consultation);
}

interface EventRepository extends JpaRepository<DialogueEvent, UUID> {
    @Query("select e from DialogueEvent e order by e.createdAt desc")
    List<DialogueEvent> latestFirst();
}

interface RegistrationRepository extends JpaRepository<Registration, UUID> {
    boolean existsByEventIdAndEmailIndex(UUID eventId, String emailIndex);

    /** Rows written before sealing (migration V2), whose address is still the plaintext key. */
    boolean existsByEventIdAndEmailKey(UUID eventId, String emailKey);

    @Query("select r from Registration r where r.nameSealed is null")
    List<Registration> unsealed(org.springframework.data.domain.Pageable page);

    Optional<Registration> findByTokenHash(String tokenHash);

    @Query("select r from Registration r where r.eventId = :event order by r.registeredAt")
    List<Registration> of(UUID event);
}

interface RecommendationRepository extends JpaRepository<Recommendation, UUID> {
    @Query("select r from Recommendation r where r.eventId = :event order by r.position")
    List<Recommendation> of(UUID event);
}

interface ResponseRepository extends JpaRepository<Response, UUID> {
    @Query("select r from Response r where r.recommendationId = :recommendation order by r.answeredAt")
    List<Response> of(UUID recommendation);
}
