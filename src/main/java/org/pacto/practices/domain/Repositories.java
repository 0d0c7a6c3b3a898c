package org.pacto.practices.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, UUID> {
    @Query("select p from Practice p where p.id = ?1 and p.deletion.deletedAt is null")
    Optional<Practice> findActive(UUID id);

    Optional<Practice> findByDemoKey(String demoKey);

    @Query("select p from Practice p where p.deletion.deletedAt is null and p.status in ?2 and array_contains(p.objectives, ?1) order by p.publishedAt desc")
    List<Practice> findWithObjective(int objective, List<PracticeStatus> statuses);

    default List<Practice> findPublishedWithObjective(int objective) {
        return findWithObjective(objective, PracticeStatus.PUBLIC);
    }

    @Query("select p from Practice p where p.deletion.deletedAt is null and p.status in ?2 order by p.publishedAt desc limit ?1")
    List<Practice> findLatest(int limit, List<PracticeStatus> statuses);

    default List<Practice> findLatestPublished(int limit) {
        return findLatest(limit, PracticeStatus.PUBLIC);
    }

    @Query("select p from Practice p where p.deletion.deletedAt is null and p.status in ?2 and p.callId = ?1 order by p.publishedAt desc")
    List<Practice> findAnswering(UUID call, List<PracticeStatus> statuses);

    default List<Practice> findPublishedAnswering(UUID call) {
        return findAnswering(call, PracticeStatus.PUBLIC);
    }

    /** Every practice of an organisation, removed ones included (their copy of its name follows it too). */
    @Query("select p from Practice p where p.organisationId = ?1")
    List<Practice> findByOrganisation(UUID organisation);
}

interface Assignments extends JpaRepository<ReviewAssignment, UUID> {
    @Query("select a from ReviewAssignment a where a.practiceId = ?1 order by a.assignedAt, a.id")
    List<ReviewAssignment> findByPractice(UUID practice);
}

interface Reviews extends JpaRepository<PeerReview, UUID> {
    @Query("select r from PeerReview r where r.practiceId = ?1 order by r.round, r.submittedAt")
    List<PeerReview> findByPractice(UUID practice);
}

interface Versions extends JpaRepository<PracticeVersion, Long> {
    @Query("select v from PracticeVersion v where v.practiceId = ?1 order by v.number")
    List<PracticeVersion> findByPractice(UUID practice);
}

interface Contacts extends JpaRepository<PracticeContact, UUID> {
}

interface Calls extends JpaRepository<CallForPractices, UUID> {
    @Query("select c from CallForPractices c order by c.deadline desc")
    List<CallForPractices> findAllByDeadline();
}


interface Updates extends JpaRepository<PracticeUpdate, UUID> {
    @Query("select u from PracticeUpdate u where u.practiceId = ?1 order by u.proposedAt")
    List<PracticeUpdate> findByPractice(UUID practice);

    @Query("select u from PracticeUpdate u where u.status = ?1 order by u.proposedAt")
    List<PracticeUpdate> findWithStatus(PracticeUpdate.Status status);

    default List<PracticeUpdate> findPending() {
        return findWithStatus(PracticeUpdate.Status.PENDING);
    }
}

interface Collections extends JpaRepository<PracticeCollection, UUID> {
    @Query("select c from PracticeCollection c order by c.featured desc, c.updatedAt desc")
    List<PracticeCollection> findAllInOrder();

    @Query("select c from PracticeCollection c where c.featured order by c.updatedAt desc")
    List<PracticeCollection> findFeatured();

    Optional<PracticeCollection> findByDemoKey(String demoKey);
}
