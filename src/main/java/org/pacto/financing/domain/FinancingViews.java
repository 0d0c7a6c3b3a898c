package org.pacto.financing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pacto.financing.calculation.FundBalance;
import org.pacto.financing.domain.StepTexts.StepView;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One read model per page (and per API answer) of the financing mechanism, read with SQL and named columns. The
 * fund's portfolio is added up in the database (by window and by country) and its grants are paged, so that the
 * page stays fast with thousands of grants.
 */
@Service
@Transactional(readOnly = true)
public class FinancingViews {

    private final JdbcClient jdbc;
    private final Funds funds;
    private final Proposals proposals;
    private final Meetings meetings;
    private final Grants grants;

    private final Actors actors;

    FinancingViews(JdbcClient jdbc, Funds funds, Proposals proposals, Meetings meetings, Grants grants,
                   Actors actors) {
        this.actors = actors;
        this.jdbc = jdbc;
        this.funds = funds;
        this.proposals = proposals;
        this.meetings = meetings;
        this.grants = grants;
    }

    public record FundSummary(UUID id, String name, String currency, long members, boolean demonstration) {
    }

    public record MemberRow(UUID id, UUID organisation, String name, @Nullable String country, String tier,
                            LocalDate joinedOn) {
    }

    public record ContributionRow(UUID member, String name, String period, BigDecimal due, BigDecimal paid,
                                  BigDecimal arrears, @Nullable LocalDate paidOn) {
    }

    public record BalanceView(BigDecimal paid, BigDecimal committed, BigDecimal cancelled, BigDecimal available,
                              String currency, List<StepView> steps) {
        public static BalanceView of(FundBalance.Balance b, StepTexts texts) {
            return new BalanceView(b.paid(), b.committed(), b.cancelled(), b.available(), b.currency(),
                    texts.views(b.steps()));
        }
    }

    public record CallRow(UUID id, String title, BigDecimal ceiling, LocalDate opensOn, LocalDate closesOn) {
    }

    public record CallPage(UUID id, UUID fund, String fundName, String currency, String title, List<String> windows,
                           BigDecimal ceiling, String activities, LocalDate opensOn, LocalDate closesOn,
                           List<ProposalRow> proposals) {
    }

    public CallPage call(UUID id) {
        Call call = funds.call(id);
        Fund fund = funds.fund(call.fundId());
        var row = jdbc.sql("select title, ceiling, activities, opens_on, closes_on from financing.call where id = ?")
                .param(id).query((rs, n) -> new CallPage(call.id(), fund.id(), fund.name(), fund.currency(),
                        rs.getString("title"), call.windows(), rs.getBigDecimal("ceiling"), rs.getString("activities"),
                        rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                        jdbc.sql("""
                                select p.id, p.title, p.thematic_window as window, p.status, m.organisation_name as lead,
                                       coalesce((select sum(amount) from financing.budget_line b
                                                 where b.proposal_id = p.id), 0) as total
                                from financing.proposal p join financing.member m on m.id = p.lead_member
                                where p.call_id = ? and p.status <> 'draft' order by p.submitted_at desc""")
                                .param(id).query(ProposalRow.class).list())).single();
        return row;
    }

    public record ProposalRow(UUID id, String title, String window, String status, String lead, BigDecimal total) {
    }

    public record GrantRow(UUID id, UUID proposal, String title, String window, BigDecimal amount,
                           BigDecimal disbursed, @Nullable LocalDate closedOn) {
    }

    public record Share(String key, BigDecimal amount, long grants) {
    }

    public record MeetingRow(UUID id, LocalDate heldOn, boolean closed) {
    }

    public record FundPage(UUID id, String name, String currency, boolean demonstration, BigDecimal quorumShare,
                           String majority, List<String> windows, Map<String, BigDecimal> fees,
                           List<MemberRow> members, List<ContributionRow> contributions, BalanceView balance,
                           List<CallRow> calls, List<ProposalRow> proposals, List<MeetingRow> meetings,
                           List<Share> byWindow, List<Share> byCountry, long grantCount, int page, int size,
                           List<GrantRow> grants) {
    }

    public List<FundSummary> funds() {
        return jdbc.sql("""
                select f.id, f.name, f.currency, f.demonstration,
                       (select count(*) from financing.member m where m.fund_id = f.id) as members
                from financing.fund f order by f.created_at, f.name""").query(FundSummary.class).list();
    }

    /** Submitted proposals naming an objective, for the objective's page. */
    public List<ProposalRow> byObjective(int objective) {
        return jdbc.sql("""
                select p.id, p.title, p.thematic_window as window, p.status, m.organisation_name as lead,
                       coalesce((select sum(amount) from financing.budget_line b where b.proposal_id = p.id), 0) as total
                from financing.proposal p join financing.member m on m.id = p.lead_member
                where ? = any(p.objectives) and p.status <> 'draft' order by p.submitted_at desc limit 50""")
                .param(objective).query(ProposalRow.class).list();
    }

    public List<MemberRow> members(UUID fund) {
        funds.fund(fund);
        return jdbc.sql("""
                select id, organisation_id as organisation, organisation_name as name, country, tier, joined_on
                from financing.member where fund_id = ? order by tier, organisation_name""")
                .param(fund).query(MemberRow.class).list();
    }

    public FundPage fund(UUID id, Paging paging, StepTexts texts) {
        Fund fund = funds.fund(id);
        var contributions = jdbc.sql("""
                select c.member_id as member, m.organisation_name as name, c.period, c.amount_due as due,
                       c.amount_paid as paid, greatest(c.amount_due - c.amount_paid, 0) as arrears, c.paid_on
                from financing.contribution c join financing.member m on m.id = c.member_id
                where c.fund_id = ? order by c.period desc, m.organisation_name""")
                .param(id).query(ContributionRow.class).list();
        var calls = jdbc.sql("""
                select id, title, ceiling, opens_on, closes_on from financing.call where fund_id = ?
                order by opens_on desc""").param(id).query(CallRow.class).list();
        var proposals = jdbc.sql("""
                select p.id, p.title, p.thematic_window as window, p.status, m.organisation_name as lead,
                       coalesce((select sum(amount) from financing.budget_line b where b.proposal_id = p.id), 0) as total
                from financing.proposal p join financing.member m on m.id = p.lead_member
                where p.fund_id = ? and p.status <> 'draft' order by p.submitted_at desc nulls last limit 200""")
                .param(id).query(ProposalRow.class).list();
        var meetings = jdbc.sql("""
                select id, held_on, closed_at is not null as closed from financing.meeting where fund_id = ?
                order by held_on desc""").param(id).query(MeetingRow.class).list();
        var byWindow = jdbc.sql("""
                select p.thematic_window as key, sum(g.amount - g.cancelled) as amount, count(*) as grants
                from financing.grant_award g join financing.proposal p on p.id = g.proposal_id
                where g.fund_id = ? group by p.thematic_window order by amount desc""")
                .param(id).query(Share.class).list();
        var byCountry = jdbc.sql("""
                select c as key, sum(g.amount - g.cancelled) as amount, count(*) as grants
                from financing.grant_award g, unnest(g.countries) as c
                where g.fund_id = ? group by c order by amount desc""")
                .param(id).query(Share.class).list();
        long grantCount = jdbc.sql("select count(*) from financing.grant_award where fund_id = ?").param(id)
                .query(Long.class).single();
        var grantRows = jdbc.sql("""
                select g.id, g.proposal_id as proposal, p.title, p.thematic_window as window, g.amount,
                       coalesce((select sum(d.amount) from financing.disbursement d where d.grant_id = g.id), 0)
                           as disbursed, g.closed_on
                from financing.grant_award g join financing.proposal p on p.id = g.proposal_id
                where g.fund_id = ? order by g.committed_on desc, g.id limit ? offset ?""")
                .param(id).param(paging.size()).param(paging.offset()).query(GrantRow.class).list();
        var fees = new java.util.LinkedHashMap<String, BigDecimal>();
        fees.put(Tier.PART_1.code(), fund.fee(Tier.PART_1));
        fees.put(Tier.PART_2.code(), fund.fee(Tier.PART_2));
        return new FundPage(fund.id(), fund.name(), fund.currency(), fund.demonstration(),
                fund.rules().quorumShare(), fund.rules().majority().code(), fund.windows(), fees, members(id),
                contributions, BalanceView.of(funds.balance(id), texts), calls, proposals, meetings, byWindow,
                byCountry, grantCount, paging.page(), paging.size(), grantRows);
    }

    /** The grants a fund committed in a year, for its annual report (at most {@link Paging#MAX_RESULTS}). */
    public List<GrantRow> grantsCommittedIn(UUID fund, int year) {
        funds.fund(fund);
        return jdbc.sql("""
                select g.id, g.proposal_id as proposal, p.title, p.thematic_window as window, g.amount,
                       coalesce((select sum(d.amount) from financing.disbursement d where d.grant_id = g.id), 0)
                           as disbursed, g.closed_on
                from financing.grant_award g join financing.proposal p on p.id = g.proposal_id
                where g.fund_id = ? and extract(year from g.committed_on) = ? order by g.committed_on, g.id limit ?""")
                .param(fund).param(year).param(Paging.MAX_RESULTS).query(GrantRow.class).list();
    }

    public record Party(UUID member, UUID organisation, String name, @Nullable String country) {
    }

    public record Appraisal(int score, String remarks) {
    }

    public record VoteRow(UUID meeting, LocalDate heldOn, int yes, int no, int abstain, int present, int members,
                          boolean quorum, String decision) {
    }

    public record ProposalPage(UUID id, UUID fund, String fundName, String currency, @Nullable UUID call,
                               String title, String summary, String window, List<Integer> objectives,
                               String activities, Party lead, List<Party> partners, String status,
                               List<BudgetLine> budget, BigDecimal total, List<ResultIndicator> results,
                               int genderMarker, int humanRightsMarker, @Nullable Instant submittedAt,
                               @Nullable Appraisal appraisal, List<VoteRow> votes, @Nullable UUID grant) {
    }

    public ProposalPage proposal(@Nullable Actor actor, UUID id) {
        Proposal p = proposals.visible(actor, id);
        Fund fund = funds.fund(p.fundId());
        return jdbc.sql("""
                select summary, thematic_window, array_to_string(objectives, ',') as objectives, activities,
                       gender_marker, human_rights_marker, submitted_at, appraisal_score, appraisal_remarks
                from financing.proposal where id = ?""").param(id).query((rs, n) -> {
            boolean showAppraisal = p.status().decided() || (actor != null && actor.isStaff());
            Integer score = (Integer) rs.getObject("appraisal_score");
            String objectives = rs.getString("objectives");
            return new ProposalPage(p.id(), fund.id(), fund.name(), fund.currency(), p.callId(), p.title(),
                    rs.getString("summary"), rs.getString("thematic_window"),
                    objectives == null || objectives.isEmpty() ? List.of()
                            : java.util.Arrays.stream(objectives.split(",")).map(Integer::valueOf).toList(),
                    rs.getString("activities"), party(p.leadMember()),
                    p.partners().stream().map(this::party).toList(), p.status().code(), p.budget(), p.total(),
                    p.results(), rs.getInt("gender_marker"), rs.getInt("human_rights_marker"),
                    rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
                    showAppraisal && score != null ? new Appraisal(score, rs.getString("appraisal_remarks")) : null,
                    p.status().decided() || p.status() == ProposalStatus.APPRAISED ? votes(id) : List.of(),
                    jdbc.sql("select id from financing.grant_award where proposal_id = ?").param(id)
                            .query(UUID.class).optional().orElse(null));
        }).single();
    }

    private List<VoteRow> votes(UUID proposal) {
        return jdbc.sql("""
                select r.meeting_id as meeting, m.held_on, r.yes, r.no, r.abstain, r.present, r.members, r.quorum,
                       r.decision
                from financing.meeting_result r join financing.meeting m on m.id = r.meeting_id
                where r.proposal_id = ? order by m.held_on""").param(proposal).query(VoteRow.class).list();
    }

    private Party party(UUID member) {
        return jdbc.sql("select id as member, organisation_id as organisation, organisation_name as name, country "
                + "from financing.member where id = ?")
                .param(member).query(Party.class).optional()
                .orElseThrow(() -> new NotFoundException("member", member));
    }

    public record AgendaItem(UUID proposal, String title, String status) {
    }

    public record ResultRow(UUID proposal, String title, int yes, int no, int abstain, int present, int members,
                            boolean quorum, String decision, List<StepView> steps) {
    }

    public record BallotRow(String member, String proposal, String vote) {
    }

    public record MeetingPage(UUID id, UUID fund, String fundName, LocalDate date, boolean closed,
                              List<AgendaItem> agenda, List<String> present, List<BallotRow> ballots,
                              List<ResultRow> results) {
    }

    public MeetingPage meeting(UUID id, StepTexts texts) {
        FundMeeting meeting = meetings.meeting(id);
        Fund fund = funds.fund(meeting.fundId());
        var names = new HashMap<UUID, String>();
        funds.members(fund.id()).forEach(m -> names.put(m.id(), m.organisationName()));
        var titles = new HashMap<UUID, AgendaItem>();
        var agenda = new ArrayList<AgendaItem>();
        for (UUID proposal : meeting.agenda()) {
            var item = proposals.find(proposal).map(p -> new AgendaItem(p.id(), p.title(), p.status().code()))
                    .orElse(new AgendaItem(proposal, "", ""));
            titles.put(proposal, item);
            agenda.add(item);
        }
        var results = meeting.results().stream().map(r -> new ResultRow(r.proposalId(),
                titles.get(r.proposalId()).title(), r.yes(), r.no(), r.abstain(), r.present(), r.members(),
                r.quorum(), r.decision(), texts.views(meetings.explain(meeting, r).steps()))).toList();
        // ballots are public once the meeting is closed, as minutes are (issue 12: votes public once decided)
        var ballots = meeting.closed() ? meeting.votes().stream()
                .map(v -> new BallotRow(names.getOrDefault(v.memberId(), "?"), titles.get(v.proposalId()).title(),
                        v.ballot().code())).toList() : List.<BallotRow>of();
        return new MeetingPage(meeting.id(), fund.id(), fund.name(), meeting.heldOn(), meeting.closed(), agenda,
                meeting.present().stream().map(m -> names.getOrDefault(m, "?")).sorted().toList(), ballots, results);
    }

    public record Progress(String outcome, String indicator, BigDecimal baseline, BigDecimal target,
                           @Nullable BigDecimal latest) {
    }

    public record GrantPage(UUID id, UUID fund, String fundName, String currency, UUID proposal,
                            UUID leadOrganisation, String title,
                            BigDecimal amount, BigDecimal disbursed, BigDecimal cancelled, BigDecimal remaining,
                            @Nullable LocalDate closedOn, List<String> countries, List<BudgetLine> lines,
                            List<Grant.Disbursement> disbursements, List<Grant.ProgressReport> reports,
                            List<Progress> progress, List<Grant.Restructuring> restructurings) {
    }

    public GrantPage grant(UUID id) {
        Grant grant = grants.grant(id);
        Fund fund = funds.fund(grant.fundId());
        Proposal proposal = proposals.find(grant.proposalId()).orElseThrow();
        var progress = new ArrayList<Progress>();
        var reports = grant.reports();
        for (int i = 0; i < proposal.results().size(); i++) {
            var r = proposal.results().get(i);
            BigDecimal latest = null;
            for (var report : reports) {
                if (report.achieved().length > i) {
                    latest = report.achieved()[i];
                }
            }
            progress.add(new Progress(r.outcome(), r.indicator(), r.baseline(), r.target(), latest));
        }
        return new GrantPage(grant.id(), fund.id(), fund.name(), fund.currency(), proposal.id(),
                proposal.leadOrganisation(), proposal.title(),
                grant.amount(), grant.disbursed(), grant.cancelled(), grant.ledger().remaining(), grant.closedOn(),
                grant.countries(), grant.lines(), grant.disbursements(), reports, progress, grant.restructurings());
    }

    /** A state the secretariat may admit: an organisation of kind {@code state} that is not yet a member. */
    public record StateOption(UUID id, String name) {
    }

    public List<StateOption> statesOutside(UUID fund) {
        var inside = funds.members(fund).stream().map(FundMember::organisationId).collect(Collectors.toSet());
        return actors.organisations().stream().filter(o -> o.kind().equals("state"))
                .filter(o -> !inside.contains(o.id().value()))
                .map(o -> new StateOption(o.id().value(), o.name()))
                .sorted(java.util.Comparator.comparing(StateOption::name)).toList();
    }
}
