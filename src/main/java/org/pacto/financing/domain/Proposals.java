package org.pacto.financing.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.financing.domain.FinancingInput.AppraisalInput;
import org.pacto.financing.domain.FinancingInput.ProposalInput;
import org.pacto.identity.Actor;
import org.pacto.identity.OrganisationId;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals and who may act on them (issue 12):
 * <table>
 *   <caption>Proposal actions by role</caption>
 *   <tr><th>action</th><th>focal point of the lead state</th><th>other people of the lead state</th>
 *       <th>anyone else</th><th>secretariat / admin</th></tr>
 *   <tr><td>draft, submit, withdraw</td><td>yes</td><td>no</td><td>no</td><td>yes (a proposal received on paper)</td></tr>
 *   <tr><td>appraise</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 *   <tr><td>read a draft</td><td>yes</td><td>yes</td><td>no (404)</td><td>yes</td></tr>
 * </table>
 * A submitted proposal is public: summary, budget and results framework; the appraisal is shown once decided.
 */
@Service
public class Proposals {

    private final ProposalRepository proposals;
    private final Funds funds;
    private final AuditTrail audit;
    private final Clock clock;

    Proposals(ProposalRepository proposals, Funds funds, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.proposals = proposals;
        this.funds = funds;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public UUID create(Actor actor, UUID fundId, ProposalInput input) {
        Fund fund = funds.fund(fundId);
        var check = FinancingRules.check();
        UUID leadId = check.id("lead", input.lead());
        List<String> partnerIds = check.list("partners", input.partners(), false);
        UUID callId = input.call() == null ? null : check.id("call", input.call());
        String title = check.text("title", input.title(), FinancingRules.NAME_LIMIT);
        String summary = check.text("summary", input.summary(), FinancingRules.TEXT_LIMIT);
        String window = check.text("window", input.window(), 60);
        if (!window.isEmpty() && !fund.windows().contains(window)) {
            check.problem("window", "unknown-window");
        }
        List<Integer> objectives = check.list("objectives", input.objectives(), false);
        for (int i = 0; i < objectives.size(); i++) {
            if (objectives.get(i) < 1 || objectives.get(i) > 23) {
                check.problem("objectives[" + i + "]", "unknown-objective", objectives.get(i));
            }
        }
        String activities = input.activities() == null || input.activities().isBlank() ? ""
                : check.text("activities", input.activities(), FinancingRules.TEXT_LIMIT);
        var lines = new ArrayList<BudgetLine>();
        var budget = check.list("budget", input.budget(), true);
        for (int i = 0; i < budget.size(); i++) {
            lines.add(new BudgetLine(check.text("budget[" + i + "].label", budget.get(i).label(), 300),
                    check.money("budget[" + i + "].amount", budget.get(i).amount(), false)));
        }
        var results = new ArrayList<ResultIndicator>();
        var rows = check.list("results", input.results(), false);
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            results.add(new ResultIndicator(check.text("results[" + i + "].outcome", r.outcome(), 1000),
                    check.text("results[" + i + "].indicator", r.indicator(), 1000),
                    check.measure("results[" + i + "].baseline", r.baseline()),
                    check.measure("results[" + i + "].target", r.target())));
        }
        int gender = input.genderMarker() == null ? 0 : check.between("genderMarker", input.genderMarker(), 0, 3);
        int rights = input.humanRightsMarker() == null ? 0
                : check.between("humanRightsMarker", input.humanRightsMarker(), 0, 3);
        var partners = new ArrayList<UUID>();
        for (int i = 0; i < partnerIds.size(); i++) {
            UUID partner = check.id("partners[" + i + "]", partnerIds.get(i));
            if (partner != null) {
                partners.add(partner);
            }
        }
        check.done();
        FundMember lead = funds.member(fund.id(), leadId, "lead");
        for (int i = 0; i < partners.size(); i++) {
            funds.member(fund.id(), partners.get(i), "partners[" + i + "]");
        }
        if (!mayLead(actor, lead)) {
            throw new AccessDeniedException("the focal point of the lead state or the secretariat drafts proposals");
        }
        BigDecimal total = lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (callId != null) {
            Call call = funds.call(callId);
            var late = FinancingRules.check();
            if (!call.fundId().equals(fund.id())) {
                late.problem("call", "unknown-call");
            } else {
                if (!call.windows().contains(window)) {
                    late.problem("window", "unknown-window");
                }
                if (total.compareTo(call.ceiling()) > 0) {
                    late.problem("budget", "over-ceiling", call.ceiling());
                }
            }
            late.done();
        }
        partners.remove(lead.id());
        var proposal = proposals.save(new Proposal(fund.id(), callId, lead, List.copyOf(new LinkedHashSet<>(partners)),
                new ProposalDetails(title, summary, window, objectives, activities, gender, rights, lines, results),
                clock.instant()));
        audit.changed("financing.proposal", proposal.id().toString(), "created",
                Map.of("title", title, "total", total.toPlainString()));
        return proposal.id();
    }

    @Transactional
    public void submit(Actor actor, UUID id) {
        Proposal proposal = visible(actor, id);
        requireLead(actor, proposal);
        if (proposal.callId() != null) {
            Call call = funds.call(proposal.callId());
            if (!call.openOn(LocalDate.now(clock))) {
                throw new org.pacto.platform.ConflictException("call-closed", "the call is not open today");
            }
        }
        proposal.submit(clock.instant());
        audit.changed("financing.proposal", id.toString(), "submitted", Map.of());
    }

    @Transactional
    public void withdraw(Actor actor, UUID id) {
        Proposal proposal = visible(actor, id);
        requireLead(actor, proposal);
        proposal.withdraw();
        audit.changed("financing.proposal", id.toString(), "withdrawn", Map.of());
    }

    @Transactional
    public void appraise(Actor actor, UUID id, AppraisalInput input) {
        Funds.staffOnly(actor);
        Proposal proposal = visible(actor, id);
        var check = FinancingRules.check();
        int score = check.between("score", input.score(), 0, 100);
        String remarks = check.text("remarks", input.remarks(), FinancingRules.TEXT_LIMIT);
        check.done();
        proposal.appraise(score, remarks, clock.instant());
        audit.changed("financing.proposal", id.toString(), "appraised", Map.of("score", score));
    }

    /** The proposal if this person may see it: drafts only for the lead state and the secretariat (else 404). */
    public Proposal visible(@Nullable Actor actor, UUID id) {
        return find(id).filter(p -> p.status().isPublic() || (actor != null
                        && (actor.isStaff() || actor.actsFor(new OrganisationId(p.leadOrganisation())))))
                .orElseThrow(() -> new NotFoundException("proposal", id));
    }

    /** The proposal's status code, for answers to the actions above. */
    public String statusOf(@Nullable Actor actor, UUID id) {
        return visible(actor, id).status().code();
    }

    Optional<Proposal> find(UUID id) {
        return proposals.findById(id);
    }

    private static boolean mayLead(Actor actor, FundMember lead) {
        return actor.isStaff() || actor.isFocalPointOf(new OrganisationId(lead.organisationId()));
    }

    private static void requireLead(Actor actor, Proposal proposal) {
        if (!actor.isStaff() && !actor.isFocalPointOf(new OrganisationId(proposal.leadOrganisation()))) {
            throw new AccessDeniedException("the focal point of the lead state acts on its proposal");
        }
    }
}
