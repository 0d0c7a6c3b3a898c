package org.pacto.financing.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pacto.financing.calculation.Ballot;
import org.pacto.financing.calculation.Tally;
import org.pacto.financing.domain.FinancingInput.MeetingInput;
import org.pacto.financing.domain.FinancingInput.VoteInput;
import org.pacto.identity.Actor;
import org.pacto.identity.OrganisationId;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of the members and their votes. The secretariat convenes a meeting with appraised proposals on the
 * agenda and records the minutes; each member's representative (or, when none is named, the state's focal point)
 * casts the member's ballot. Closing the meeting tallies every proposal with {@link Tally} and moves the proposals
 * decided to approved or rejected; a proposal without quorum stays appraised for a later meeting.
 */
@Service
public class Meetings {

    private final FundMeetingRepository meetings;
    private final Funds funds;
    private final Proposals proposals;
    private final AuditTrail audit;
    private final Clock clock;

    Meetings(FundMeetingRepository meetings, Funds funds, Proposals proposals, AuditTrail audit,
             ObjectProvider<Clock> clock) {
        this.meetings = meetings;
        this.funds = funds;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public UUID convene(Actor actor, UUID fundId, MeetingInput input) {
        Funds.staffOnly(actor);
        Fund fund = funds.fund(fundId);
        var check = FinancingRules.check();
        if (input.date() == null) {
            check.problem("date", "required");
        }
        List<String> ids = check.list("proposals", input.proposals(), true);
        var agenda = new LinkedHashSet<UUID>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = check.id("proposals[" + i + "]", ids.get(i));
            if (id != null) {
                agenda.add(id);
            }
        }
        check.done();
        var late = FinancingRules.check();
        int i = 0;
        for (UUID id : agenda) {
            var proposal = proposals.find(id).filter(p -> p.fundId().equals(fund.id()));
            if (proposal.isEmpty()) {
                late.problem("proposals[" + i + "]", "unknown-proposal");
            } else if (proposal.get().status() != ProposalStatus.APPRAISED) {
                late.problem("proposals[" + i + "]", "not-appraised");
            }
            i++;
        }
        late.done();
        var meeting = meetings.save(new FundMeeting(fund.id(), input.date(), List.copyOf(agenda)));
        audit.changed("financing.meeting", meeting.id().toString(), "convened",
                Map.of("date", input.date().toString(), "proposals", agenda.size()));
        return meeting.id();
    }

    public FundMeeting meeting(UUID id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    @Transactional
    public void vote(Actor actor, UUID meetingId, VoteInput input) {
        FundMeeting meeting = meeting(meetingId);
        var check = FinancingRules.check();
        UUID memberId = check.id("member", input.member());
        UUID proposalId = check.id("proposal", input.proposal());
        Ballot ballot = Ballot.YES;
        if (input.vote() == null) {
            check.problem("vote", "required");
        } else if (Ballot.fromCode(input.vote()).isEmpty()) {
            check.problem("vote", "unknown-ballot");
        } else {
            ballot = Ballot.fromCode(input.vote()).orElseThrow();
        }
        check.done();
        FundMember member = funds.member(meeting.fundId(), memberId, "member");
        if (member.joinedOn().isAfter(meeting.heldOn())) {
            // the meeting counts the members it had on its date: a later member neither votes nor counts
            throw new org.pacto.platform.InvalidInputException(
                    new org.pacto.platform.InvalidInputException.FieldProblem("member", "unknown-member"));
        }
        if (!mayVoteFor(actor, member)) {
            throw new AccessDeniedException("the member's representative, or the secretariat recording the minutes");
        }
        meeting.vote(member.id(), proposalId, ballot);
        audit.changed("financing.meeting", meetingId.toString(), "ballot",
                Map.of("member", member.id().toString(), "proposal", proposalId.toString(), "vote", ballot.code()));
    }

    /** Closes the meeting and records the decision on each proposal of its agenda. */
    @Transactional
    public List<MeetingResult> close(Actor actor, UUID meetingId) {
        Funds.staffOnly(actor);
        FundMeeting meeting = meeting(meetingId);
        if (meeting.closed()) {
            throw new ConflictException("meeting-closed", "the meeting is closed");
        }
        Fund fund = funds.fund(meeting.fundId());
        var memberIds = new HashSet<UUID>();
        funds.members(fund.id()).stream().filter(m -> !m.joinedOn().isAfter(meeting.heldOn()))
                .forEach(m -> memberIds.add(m.id()));
        int present = (int) meeting.present().stream().filter(memberIds::contains).count();
        var results = new ArrayList<MeetingResult>();
        for (UUID proposalId : meeting.agenda()) {
            var ballots = meeting.votes().stream()
                    .filter(v -> v.proposalId().equals(proposalId) && memberIds.contains(v.memberId()))
                    .map(Vote::ballot).toList();
            var tally = Tally.decide(fund.rules(), memberIds.size(), present, ballots);
            results.add(new MeetingResult(proposalId, tally.yes(), tally.no(), tally.abstain(), tally.present(),
                    tally.members(), tally.quorum(), tally.decision().code()));
            var proposal = proposals.find(proposalId).orElseThrow();
            switch (tally.decision()) {
                case APPROVED -> proposal.decide(true, clock.instant());
                case REJECTED -> proposal.decide(false, clock.instant());
                case QUORUM_NOT_MET -> { }
            }
        }
        meeting.close(memberIds.size(), results, clock.instant());
        audit.changed("financing.meeting", meetingId.toString(), "closed", Map.of("results", results.size()));
        return results;
    }

    /** The steps of one proposal's tally at a closed meeting, recomputed from its recorded counts. */
    public Tally.Result explain(FundMeeting meeting, MeetingResult result) {
        Fund fund = funds.fund(meeting.fundId());
        var ballots = new ArrayList<Ballot>();
        for (int i = 0; i < result.yes(); i++) {
            ballots.add(Ballot.YES);
        }
        for (int i = 0; i < result.no(); i++) {
            ballots.add(Ballot.NO);
        }
        for (int i = 0; i < result.abstain(); i++) {
            ballots.add(Ballot.ABSTAIN);
        }
        return Tally.decide(fund.rules(), result.members(), result.present(), ballots);
    }

    private static boolean mayVoteFor(Actor actor, FundMember member) {
        if (actor.isStaff()) {
            return true;
        }
        if (member.representative() != null) {
            return member.representative().equals(actor.person().value());
        }
        return actor.isFocalPointOf(new OrganisationId(member.organisationId()));
    }
}
