package org.pacto.financing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pacto.financing.domain.FinancingInput.AppraisalInput;
import org.pacto.financing.domain.FinancingInput.CallInput;
import org.pacto.financing.domain.FinancingInput.ContributionInput;
import org.pacto.financing.domain.FinancingInput.DisbursementInput;
import org.pacto.financing.domain.FinancingInput.FundInput;
import org.pacto.financing.domain.FinancingInput.GrantInput;
import org.pacto.financing.domain.FinancingInput.MeetingInput;
import org.pacto.financing.domain.FinancingInput.MemberInput;
import org.pacto.financing.domain.FinancingInput.ProposalInput;
import org.pacto.financing.domain.FinancingInput.ReportInput;
import org.pacto.financing.domain.FinancingInput.RestructuringInput;
import org.pacto.financing.domain.FinancingInput.VoteInput;
import org.pacto.financing.domain.FinancingViews;
import org.pacto.financing.domain.Funds;
import org.pacto.financing.domain.Grants;
import org.pacto.financing.domain.Meetings;
import org.pacto.financing.domain.Proposals;
import org.pacto.financing.domain.StepTexts;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The financing mechanism's API (issue 12, public contract: paths and field names stay as they are). Reads are
 * public — a fund works in the open — except draft proposals; writes need a bearer token and the role each
 * operation names. Nothing here returns personal data: members are states, representatives appear by id only to
 * staff.
 */
@RestController
@RequestMapping("/api/v1/financing")
@Tag(name = "financing", description = "The financing mechanism: funds, member states in two fee tiers with equal "
        + "votes, contributions, calls, proposals, appraisals, meetings and votes, grants and their results.")
class FinancingApi {

    

    private final Funds funds;
    private final Proposals proposals;
    private final Meetings meetings;
    private final Grants grants;
    private final FinancingViews views;
    private final Actors actors;
    private final MessageSource messages;

    FinancingApi(Funds funds, Proposals proposals, Meetings meetings, Grants grants, FinancingViews views,
                 Actors actors, MessageSource messages) {
        this.funds = funds;
        this.proposals = proposals;
        this.meetings = meetings;
        this.grants = grants;
        this.views = views;
        this.actors = actors;
        this.messages = messages;
    }

    @PostMapping("/funds")
    @Operation(summary = "Create a fund", description = "Secretariat only. Body {name, currency} and optionally the "
            + "quorum share, the majority (simple or consensus), the thematic windows and the two tiers' fees.")
    ResponseEntity<Map<String, Object>> createFund(@RequestBody FundInput body) {
        UUID id = funds.create(actor(), body, false);
        return created("/api/v1/financing/funds/" + id, Map.of("id", id.toString()));
    }

    @GetMapping("/funds")
    @Operation(summary = "List the funds", description = "Public.")
    List<FinancingViews.FundSummary> funds() {
        return views.funds();
    }

    @GetMapping("/funds/{id}")
    @Operation(summary = "One fund", description = "Public: rules, windows, members by tier, contributions and "
            + "arrears, balance with its computation, calls, proposals and grants.")
    FinancingViews.FundPage fund(@PathVariable String id, org.pacto.platform.Paging paging) {
        return views.fund(parse(id), paging, texts());
    }

    @GetMapping("/funds/{id}/members")
    @Operation(summary = "A fund's member states", description = "Public: state, country, tier, joined on. "
            + "Every member has one vote, whatever its tier.")
    List<FinancingViews.MemberRow> members(@PathVariable String id) {
        return views.members(parse(id));
    }

    @PostMapping("/funds/{id}/members")
    @Operation(summary = "Admit a member state", description = "Secretariat only. {organisation, tier} where the "
            + "organisation is a state and tier is part-1 or part-2.")
    ResponseEntity<Map<String, Object>> admit(@PathVariable String id, @RequestBody MemberInput body) {
        UUID member = funds.admit(actor(), parse(id), body);
        return created("/api/v1/financing/funds/" + id + "/members", Map.of("id", member.toString()));
    }

    @PostMapping("/funds/{id}/contributions")
    @Operation(summary = "Record a contribution", description = "Secretariat only. {member, period, amount, paidOn}; "
            + "the amount due is the member's tier fee. One record per member and period (409 already-exists).")
    ResponseEntity<Map<String, Object>> contribute(@PathVariable String id, @RequestBody ContributionInput body) {
        UUID contribution = funds.contribute(actor(), parse(id), body);
        return created("/api/v1/financing/funds/" + id + "/balance", Map.of("id", contribution.toString()));
    }

    @GetMapping("/funds/{id}/balance")
    @Operation(summary = "What the fund can still commit", description = "Public: paid − committed + cancelled, "
            + "with the steps of the computation.")
    FinancingViews.BalanceView balance(@PathVariable String id) {
        return FinancingViews.BalanceView.of(funds.balance(parse(id)), texts());
    }

    @PostMapping("/funds/{id}/calls")
    @Operation(summary = "Open a call for proposals", description = "Secretariat only.")
    ResponseEntity<Map<String, Object>> openCall(@PathVariable String id, @RequestBody CallInput body) {
        UUID call = funds.openCall(actor(), parse(id), body);
        return created("/api/v1/financing/calls/" + call, Map.of("id", call.toString()));
    }

    @PostMapping("/funds/{id}/proposals")
    @Operation(summary = "Draft a proposal", description = "The focal point of the lead member state, or the "
            + "secretariat entering a proposal received on paper. Answers {id, status: draft}.")
    ResponseEntity<Map<String, Object>> propose(@PathVariable String id, @RequestBody ProposalInput body) {
        UUID proposal = proposals.create(actor(), parse(id), body);
        return created("/api/v1/financing/proposals/" + proposal,
                Map.of("id", proposal.toString(), "status", "draft"));
    }

    @GetMapping("/proposals/{id}")
    @Operation(summary = "One proposal", description = "Public once submitted; a draft only for its lead state and "
            + "the secretariat (404 for others). Appraisal and votes appear once decided.")
    FinancingViews.ProposalPage proposal(@PathVariable String id) {
        return views.proposal(actors.current().orElse(null), parse(id));
    }

    @PostMapping("/proposals/{id}/submit")
    @Operation(summary = "Submit a draft proposal", description = "Focal point of the lead state or secretariat.")
    Map<String, Object> submit(@PathVariable String id) {
        UUID proposal = parse(id);
        proposals.submit(actor(), proposal);
        return status(proposal);
    }

    @PostMapping("/proposals/{id}/withdraw")
    @Operation(summary = "Withdraw a proposal before its decision", description = "Focal point of the lead state or "
            + "secretariat.")
    Map<String, Object> withdraw(@PathVariable String id) {
        UUID proposal = parse(id);
        proposals.withdraw(actor(), proposal);
        return status(proposal);
    }

    @PostMapping("/proposals/{id}/appraisal")
    @Operation(summary = "Appraise a submitted proposal", description = "Secretariat only. {score 0–100, remarks}.")
    Map<String, Object> appraise(@PathVariable String id, @RequestBody AppraisalInput body) {
        UUID proposal = parse(id);
        proposals.appraise(actor(), proposal, body);
        return status(proposal);
    }

    @PostMapping("/funds/{id}/meetings")
    @Operation(summary = "Convene a meeting", description = "Secretariat only. {date, proposals} with appraised "
            + "proposals of the fund.")
    ResponseEntity<Map<String, Object>> convene(@PathVariable String id, @RequestBody MeetingInput body) {
        UUID meeting = meetings.convene(actor(), parse(id), body);
        return created("/api/v1/financing/meetings/" + meeting, Map.of("id", meeting.toString()));
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting", description = "Public: agenda, presence and, once closed, each result.")
    FinancingViews.MeetingPage meeting(@PathVariable String id) {
        return views.meeting(parse(id), texts());
    }

    @PostMapping("/meetings/{id}/votes")
    @Operation(summary = "Cast a member's vote", description = "The member's representative (or its focal point "
            + "when none is named), or the secretariat recording the minutes. {member, proposal, vote: yes|no|"
            + "abstain}; a second vote by the same member on the same proposal replaces the first.")
    Map<String, Object> vote(@PathVariable String id, @RequestBody VoteInput body) {
        meetings.vote(actor(), parse(id), body);
        return Map.of("meeting", id, "recorded", true);
    }

    @PostMapping("/meetings/{id}/close")
    @Operation(summary = "Close a meeting and decide", description = "Secretariat only. One member, one vote; "
            + "quorum and majority by the fund's rules.")
    Map<String, Object> close(@PathVariable String id) {
        UUID meeting = parse(id);
        meetings.close(actor(), meeting);
        return Map.of("results", views.meeting(meeting, texts()).results());
    }

    @PostMapping("/grants")
    @Operation(summary = "Commit a grant to an approved proposal", description = "Secretariat only. 409 "
            + "insufficient-funds when the amount exceeds the available funds, proposal-not-approved otherwise.")
    ResponseEntity<Map<String, Object>> commit(@RequestBody GrantInput body) {
        UUID grant = grants.commit(actor(), body);
        return created("/api/v1/financing/grants/" + grant, Map.of("id", grant.toString()));
    }

    @GetMapping("/grants/{id}")
    @Operation(summary = "One grant", description = "Public: amount, budget lines, disbursements, progress against "
            + "the results framework, restructurings.")
    FinancingViews.GrantPage grant(@PathVariable String id) {
        return views.grant(parse(id));
    }

    @PostMapping("/grants/{id}/disbursements")
    @Operation(summary = "Pay a tranche", description = "Secretariat only. 409 exceeds-grant or "
            + "progress-report-missing.")
    ResponseEntity<Map<String, Object>> disburse(@PathVariable String id, @RequestBody DisbursementInput body) {
        grants.disburse(actor(), parse(id), body);
        return created("/api/v1/financing/grants/" + id, Map.of("grant", id));
    }

    @PostMapping("/grants/{id}/reports")
    @Operation(summary = "File a progress report", description = "People of the lead state, or the secretariat. "
            + "{period, narrative, achieved: values in the order of the results framework}.")
    ResponseEntity<Map<String, Object>> report(@PathVariable String id, @RequestBody ReportInput body) {
        grants.report(actor(), parse(id), body);
        return created("/api/v1/financing/grants/" + id, Map.of("grant", id));
    }

    @PostMapping("/grants/{id}/restructurings")
    @Operation(summary = "Restructure a grant", description = "Secretariat only. {reason} and a move between budget "
            + "lines {fromLine, toLine, amount} and/or an added beneficiary country {addedCountry}.")
    ResponseEntity<Map<String, Object>> restructure(@PathVariable String id, @RequestBody RestructuringInput body) {
        grants.restructure(actor(), parse(id), body);
        return created("/api/v1/financing/grants/" + id, Map.of("grant", id));
    }

    @PostMapping("/grants/{id}/close")
    @Operation(summary = "Close a grant", description = "Secretariat only. What was not paid is cancelled and "
            + "returns to the fund.")
    Map<String, Object> closeGrant(@PathVariable String id) {
        grants.close(actor(), parse(id));
        return Map.of("grant", id, "closed", true);
    }

    private Map<String, Object> status(UUID proposal) {
        return Map.of("id", proposal.toString(), "status", proposals.statusOf(actor(), proposal));
    }

    private StepTexts texts() {
        return new StepTexts(messages, LocaleContextHolder.getLocale());
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }

    private static ResponseEntity<Map<String, Object>> created(String location, Map<String, Object> body) {
        return ResponseEntity.created(URI.create(location)).body(body);
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("financing record", id);
        }
    }

}
