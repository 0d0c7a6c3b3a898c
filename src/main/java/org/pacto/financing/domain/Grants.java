package org.pacto.financing.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pacto.financing.domain.FinancingInput.DisbursementInput;
import org.pacto.financing.domain.FinancingInput.GrantInput;
import org.pacto.financing.domain.FinancingInput.ReportInput;
import org.pacto.financing.domain.FinancingInput.RestructuringInput;
import org.pacto.identity.Actor;
import org.pacto.identity.OrganisationId;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants: the secretariat commits one to an approved proposal when the fund can afford it
 * ({@code calculation.FundBalance}), pays its tranches ({@code calculation.Disbursing}), restructures it and closes
 * it; the lead state's people file progress reports against the results framework.
 */
@Service
public class Grants {

    private final GrantRepository grants;
    private final Funds funds;
    private final Proposals proposals;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Grants(GrantRepository grants, Funds funds, Proposals proposals, AuditTrail audit, JdbcClient jdbc,
           ObjectProvider<Clock> clock) {
        this.grants = grants;
        this.funds = funds;
        this.proposals = proposals;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public UUID commit(Actor actor, GrantInput input) {
        Funds.staffOnly(actor);
        var check = FinancingRules.check();
        UUID proposalId = check.id("proposal", input.proposal());
        BigDecimal amount = check.money("amount", input.amount(), true);
        check.done();
        Proposal proposal = proposals.find(proposalId).orElse(null);
        if (proposal == null) {
            var unknown = FinancingRules.check();
            unknown.problem("proposal", "unknown-proposal");
            unknown.done();
            throw new IllegalStateException();
        }
        if (proposal.status() != ProposalStatus.APPROVED) {
            throw new ConflictException("proposal-not-approved", "only an approved proposal receives a grant");
        }
        // one commitment at a time per fund: the balance read below stays true until this transaction ends
        jdbc.sql("select id from financing.fund where id = ? for update").param(proposal.fundId())
                .query(UUID.class).single();
        if (grants.existsByProposalId(proposal.id())) {
            throw new ConflictException("already-exists", "the proposal already has its grant");
        }
        var balance = funds.balance(proposal.fundId());
        if (!balance.allows(amount)) {
            throw new ConflictException("insufficient-funds", "available " + balance.available().toPlainString());
        }
        var countries = new LinkedHashSet<String>();
        for (UUID memberId : concat(proposal.leadMember(), proposal.partners())) {
            var member = funds.member(proposal.fundId(), memberId, "proposal");
            if (member.country() != null) {
                countries.add(member.country());
            }
        }
        var grant = grants.save(new Grant(proposal, amount, List.copyOf(countries), LocalDate.now(clock)));
        audit.changed("financing.grant", grant.id().toString(), "committed",
                Map.of("proposal", proposal.id().toString(), "amount", amount.toPlainString()));
        return grant.id();
    }

    public Grant grant(UUID id) {
        return grants.findById(id).orElseThrow(() -> new NotFoundException("grant", id));
    }

    @Transactional
    public void disburse(Actor actor, UUID id, DisbursementInput input) {
        Funds.staffOnly(actor);
        Grant grant = grant(id);
        var check = FinancingRules.check();
        BigDecimal amount = check.money("amount", input.amount(), true);
        LocalDate on = input.paidOn() == null ? LocalDate.now(clock) : input.paidOn();
        if (on.isAfter(LocalDate.now(clock))) {
            check.problem("paidOn", "in-the-future");
        }
        check.done();
        grant.disburse(amount, on);
        audit.changed("financing.grant", id.toString(), "disbursed", Map.of("amount", amount.toPlainString()));
    }

    @Transactional
    public void report(Actor actor, UUID id, ReportInput input) {
        Grant grant = grant(id);
        Proposal proposal = proposals.find(grant.proposalId()).orElseThrow();
        if (!actor.isStaff() && !actor.actsFor(new OrganisationId(proposal.leadOrganisation()))) {
            throw new AccessDeniedException("the lead state reports on its grant");
        }
        var check = FinancingRules.check();
        String period = check.text("period", input.period(), 20);
        String narrative = check.text("narrative", input.narrative(), FinancingRules.TEXT_LIMIT);
        var achieved = new ArrayList<BigDecimal>();
        var values = check.list("achieved", input.achieved(), false);
        if (values.size() > proposal.results().size()) {
            check.problem("achieved", "too-many", proposal.results().size());
        }
        for (int i = 0; i < values.size(); i++) {
            achieved.add(check.measure("achieved[" + i + "]", values.get(i)));
        }
        check.done();
        grant.report(new Grant.ProgressReport(period, LocalDate.now(clock), narrative,
                achieved.toArray(BigDecimal[]::new)));
        audit.changed("financing.grant", id.toString(), "reported", Map.of("period", period));
    }

    @Transactional
    public void restructure(Actor actor, UUID id, RestructuringInput input) {
        Funds.staffOnly(actor);
        Grant grant = grant(id);
        var check = FinancingRules.check();
        String reason = check.text("reason", input.reason(), FinancingRules.TEXT_LIMIT);
        boolean moves = input.fromLine() != null || input.toLine() != null || input.amount() != null;
        if (moves) {
            check.between("fromLine", input.fromLine(), 0, Math.max(0, grant.lines().size() - 1));
            check.between("toLine", input.toLine(), 0, Math.max(0, grant.lines().size() - 1));
            check.money("amount", input.amount(), true);
        }
        String country = input.addedCountry() == null ? null : check.text("addedCountry", input.addedCountry(), 2)
                .toUpperCase(java.util.Locale.ROOT);
        if (country != null && !country.matches("[A-Z]{2}")) {
            check.problem("addedCountry", "unknown-country");
        }
        if (!moves && country == null) {
            check.problem("amount", "required");
        }
        check.done();
        grant.restructure(new Grant.Restructuring(LocalDate.now(clock), reason, input.fromLine(), input.toLine(),
                input.amount(), country));
        audit.changed("financing.grant", id.toString(), "restructured", Map.of("reason", reason));
    }

    @Transactional
    public void close(Actor actor, UUID id) {
        Funds.staffOnly(actor);
        Grant grant = grant(id);
        grant.close(LocalDate.now(clock));
        audit.changed("financing.grant", id.toString(), "closed", Map.of("cancelled", grant.cancelled().toPlainString()));
    }

    private static List<UUID> concat(UUID first, List<UUID> rest) {
        var all = new ArrayList<UUID>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
