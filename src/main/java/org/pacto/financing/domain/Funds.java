package org.pacto.financing.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pacto.financing.calculation.FundBalance;
import org.pacto.financing.calculation.Majority;
import org.pacto.financing.calculation.Tally;
import org.pacto.financing.domain.FinancingInput.CallInput;
import org.pacto.financing.domain.FinancingInput.ContributionInput;
import org.pacto.financing.domain.FinancingInput.FundInput;
import org.pacto.financing.domain.FinancingInput.MemberInput;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
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
 * A fund's constitution and money: creating funds, admitting member states in a tier, recording contributions
 * (what was due from the tier's fee and what was paid), opening calls, and the balance. Only the secretariat (and
 * administrators) do these things: the fund's secretariat keeps its books in the open.
 */
@Service
public class Funds {

    private final FundRepository funds;
    private final FundMemberRepository members;
    private final ContributionRepository contributions;
    private final CallRepository calls;
    private final Actors actors;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Funds(FundRepository funds, FundMemberRepository members, ContributionRepository contributions, CallRepository calls,
          Actors actors, AuditTrail audit, JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.funds = funds;
        this.members = members;
        this.contributions = contributions;
        this.calls = calls;
        this.actors = actors;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    static void staffOnly(Actor actor) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat keeps the fund's books");
        }
    }

    @Transactional
    public UUID create(Actor actor, FundInput input, boolean demonstration) {
        staffOnly(actor);
        var check = FinancingRules.check();
        String name = check.text("name", input.name(), FinancingRules.NAME_LIMIT);
        String currency = check.currency("currency", input.currency());
        BigDecimal share = input.quorumShare() == null ? Tally.Rules.DEFAULT.quorumShare() : input.quorumShare();
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) >= 0 || share.scale() > 4) {
            check.problem("quorumShare", "out-of-range", 0, 1);
            share = Tally.Rules.DEFAULT.quorumShare();
        }
        Majority majority = Majority.SIMPLE;
        if (input.majority() != null) {
            majority = Majority.fromCode(input.majority()).orElse(Majority.SIMPLE);
            if (Majority.fromCode(input.majority()).isEmpty()) {
                check.problem("majority", "unknown-majority");
            }
        }
        List<String> windows = check.list("windows", input.windows(), false);
        for (int i = 0; i < windows.size(); i++) {
            check.text("windows[" + i + "]", windows.get(i), 60);
        }
        if (windows.isEmpty()) {
            windows = Fund.GFMD_WINDOWS;
        }
        BigDecimal part1 = input.part1Fee() == null ? BigDecimal.ZERO : check.money("part1Fee", input.part1Fee(), false);
        BigDecimal part2 = input.part2Fee() == null ? BigDecimal.ZERO : check.money("part2Fee", input.part2Fee(), false);
        if (part1.compareTo(part2) < 0) {
            // seed 002: Part I countries pay the higher fee
            check.problem("part1Fee", "part-1-fee-lower");
        }
        check.done();
        if (jdbc.sql("select count(*) from financing.fund where name = ?").param(name).query(Long.class).single() > 0) {
            throw new ConflictException("already-exists", "a fund of that name exists");
        }
        var fund = funds.save(new Fund(name, currency, new Tally.Rules(share, majority),
                List.copyOf(new LinkedHashSet<>(windows)), part1, part2, demonstration, clock.instant()));
        audit.changed("financing.fund", fund.id().toString(), "created", Map.of("name", name, "currency", currency));
        return fund.id();
    }

    public Fund fund(UUID id) {
        return funds.findById(id).orElseThrow(() -> new NotFoundException("fund", id));
    }

    @Transactional
    public UUID admit(Actor actor, UUID fundId, MemberInput input) {
        staffOnly(actor);
        Fund fund = fund(fundId);
        var check = FinancingRules.check();
        UUID organisationId = check.id("organisation", input.organisation());
        Tier tier = Tier.PART_2;
        if (input.tier() == null) {
            check.problem("tier", "required");
        } else if (Tier.fromCode(input.tier()).isEmpty()) {
            check.problem("tier", "unknown-tier");
        } else {
            tier = Tier.fromCode(input.tier()).orElseThrow();
        }
        UUID representative = input.representative() == null ? null : check.id("representative", input.representative());
        var organisation = organisationId == null ? null
                : actors.organisation(new OrganisationId(organisationId)).orElse(null);
        if (organisationId != null && organisation == null) {
            check.problem("organisation", "unknown-organisation");
        } else if (organisation != null && !organisation.kind().equals("state")) {
            // seed 002: the mechanism's members are states
            check.problem("organisation", "not-a-state");
        }
        check.done();
        if (members.findByFundIdAndOrganisationId(fund.id(), organisationId).isPresent()) {
            throw new ConflictException("already-exists", "the state is already a member");
        }
        LocalDate joined = input.joinedOn() == null ? LocalDate.now(clock) : input.joinedOn();
        var member = members.save(new FundMember(fund.id(), organisationId, organisation.name(), organisation.country(),
                tier, joined, representative));
        audit.changed("financing.member", member.id().toString(), "admitted",
                Map.of("fund", fund.id().toString(), "organisation", organisation.name(), "tier", tier.code()));
        return member.id();
    }

    public FundMember member(UUID fundId, UUID memberId, String field) {
        return members.findById(memberId).filter(m -> m.fundId().equals(fundId))
                .orElseThrow(() -> new org.pacto.platform.InvalidInputException(
                        new org.pacto.platform.InvalidInputException.FieldProblem(field, "unknown-member")));
    }

    public List<FundMember> members(UUID fundId) {
        return members.findByFundId(fundId);
    }

    @Transactional
    public UUID contribute(Actor actor, UUID fundId, ContributionInput input) {
        staffOnly(actor);
        Fund fund = fund(fundId);
        var check = FinancingRules.check();
        UUID memberId = check.id("member", input.member());
        String period = check.text("period", input.period(), 20);
        if (!period.isEmpty() && !period.matches("\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?")) {
            check.problem("period", "unknown-period");
        }
        BigDecimal paid = check.money("amount", input.amount(), false);
        if (input.paidOn() != null && input.paidOn().isAfter(LocalDate.now(clock))) {
            check.problem("paidOn", "in-the-future");
        }
        check.done();
        FundMember member = member(fund.id(), memberId, "member");
        if (contributions.existsByMemberIdAndPeriod(member.id(), period)) {
            throw new ConflictException("already-exists", "the member's contribution for that period is recorded");
        }
        var paidOn = paid.signum() > 0 && input.paidOn() == null ? LocalDate.now(clock) : input.paidOn();
        var contribution = contributions.save(new Contribution(fund.id(), member.id(), period,
                fund.fee(member.tier()), paid, paidOn, clock.instant()));
        audit.changed("financing.contribution", contribution.id().toString(), "recorded",
                Map.of("member", member.id().toString(), "period", period, "paid", paid.toPlainString()));
        return contribution.id();
    }

    @Transactional
    public UUID openCall(Actor actor, UUID fundId, CallInput input) {
        staffOnly(actor);
        Fund fund = fund(fundId);
        var check = FinancingRules.check();
        String title = check.text("title", input.title(), FinancingRules.NAME_LIMIT);
        List<String> windows = check.list("windows", input.windows(), true);
        for (int i = 0; i < windows.size(); i++) {
            if (!fund.windows().contains(windows.get(i))) {
                check.problem("windows[" + i + "]", "unknown-window");
            }
        }
        BigDecimal ceiling = check.money("ceiling", input.ceiling(), true);
        String activities = check.text("activities", input.activities(), FinancingRules.TEXT_LIMIT);
        if (input.opensOn() == null) {
            check.problem("opensOn", "required");
        }
        if (input.closesOn() == null) {
            check.problem("closesOn", "required");
        }
        if (input.opensOn() != null && input.closesOn() != null && input.closesOn().isBefore(input.opensOn())) {
            check.problem("closesOn", "end-before-start");
        }
        check.done();
        var call = calls.save(new Call(fund.id(), title, List.copyOf(new LinkedHashSet<>(windows)), ceiling,
                activities, input.opensOn(), input.closesOn()));
        audit.changed("financing.call", call.id().toString(), "opened", Map.of("title", title));
        return call.id();
    }

    public Call call(UUID id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("call", id));
    }

    /** The fund's balance with its computation (contributions paid, grants committed, cancellations). */
    public FundBalance.Balance balance(UUID fundId) {
        Fund fund = fund(fundId);
        BigDecimal paid = jdbc.sql("select coalesce(sum(amount_paid), 0) from financing.contribution where fund_id = ?")
                .param(fund.id()).query(BigDecimal.class).single();
        var grants = jdbc.sql("""
                        select coalesce(sum(amount), 0) as committed, coalesce(sum(cancelled), 0) as cancelled
                        from financing.grant_award where fund_id = ?""")
                .param(fund.id()).query((rs, n) -> new BigDecimal[] {rs.getBigDecimal("committed"),
                        rs.getBigDecimal("cancelled")}).single();
        return FundBalance.of(paid, grants[0], grants[1], fund.currency());
    }

    /** Keeps the public copy of a member state's name current (identity's OrganisationUpdated). */
    @Transactional
    public void renamed(UUID organisationId, String name, @org.jspecify.annotations.Nullable String country) {
        members.findByOrganisationId(organisationId).forEach(m -> m.renamed(name, country));
    }
}
