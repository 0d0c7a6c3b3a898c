package org.pacto.pledges.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pacto.identity.Actor;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;
import org.pacto.pledges.calculation.Deadlines;
import org.pacto.pledges.calculation.Fulfilment;
import org.springframework.stereotype.Component;

/** The one read model of a pledge's page and API answer ({@link PledgeView}), with what the visitor may do. */
@Component
class PledgeViews {

    private final PledgeRepository repository;

    PledgeViews(PledgeRepository repository) {
        this.repository = repository;
    }

    PledgeView view(Optional<Actor> actor, Pledge p, Language language, LocalDate today) {
        LocalizedText.Shown title = p.titleText().in(language);
        LocalizedText.Shown description = p.descriptionText().in(language);
        LocalizedText.Shown need = p.need() == null ? null : p.need().in(language);
        Fulfilment.Result result = p.calculation();
        var sortedReports = p.reports().stream().sorted(Comparator.comparing(Report::reportedOn)
                .thenComparing(Report::createdAt)).toList();
        List<PledgeView.TargetView> targets = new ArrayList<>();
        for (int i = 0; i < p.targets().size(); i++) {
            Target t = p.targets().get(i);
            var series = sortedReports.stream().filter(r -> r.values().containsKey(t.id()))
                    .map(r -> new PledgeView.Point(r.reportedOn(), r.values().get(t.id()))).toList();
            targets.add(new PledgeView.TargetView(t.id(), t.name(), t.unit(), t.baseline(), t.target(), t.weight(),
                    t.currency(), t.latestValue(), result.steps().get(i).progress(), series, t.organisation(),
                    t.indicator()));
        }
        var reports = sortedReports.reversed().stream().map(r -> new PledgeView.ReportView(r.id(), r.reportedOn(),
                r.narrative(), r.values().entrySet().stream().map(e -> new PledgeView.Value(e.getKey(), e.getValue()))
                .toList(), r.correctedAt(), r.correctionReason())).toList();
        var signatories = p.signatories().stream().map(s -> new PledgeView.SignatoryView(s.organisationId(),
                s.organisationName(), s.status())).toList();
        var matchedBy = repository.matching(p.id()).stream()
                .filter(o -> o.status().isPublic())
                .map(o -> new PledgeView.MatchedPledge(o.id(), o.title())).toList();
        var steps = result.steps().stream().map(s -> new PledgeView.Step(s.target(), s.progress(), s.weight(),
                s.contribution(), s.explanation())).toList();
        double percent = p.fulfilment().doubleValue();
        boolean canReport = actor.map(a -> PledgePermissions.mayReport(a, p)).orElse(false) && p.status().open();
        boolean canManage = actor.map(a -> PledgePermissions.leads(a, p)).orElse(false);
        boolean ofOrganisation = actor.map(a -> a.isStaff() || a.organisation().value().equals(p.organisationId()))
                .orElse(false);
        return new PledgeView(p.id(), p.organisationId(), p.organisationName(), p.organisationKind(), p.champion(),
                p.language(), title.text(), description.text(), description.language().code(),
                need == null ? null : need.text(), need == null ? null : need.language().code(), p.type(),
                p.matches(), matchedBy, p.mirror(), p.nature(), p.objectives(), p.principles(), p.actions(),
                p.countries(), p.region(), p.global(), p.startDate(), p.deadline(), p.status().code(),
                p.openForSignatures(), percent, steps,
                Deadlines.overdue(p.status().code(), p.deadline(), percent, today),
                p.status().open() && percent >= 100.0, p.lastReportOn(),
                ofOrganisation ? p.returnReason() : null, p.updatedAt(), targets, reports, signatories, canReport,
                canManage);
    }
}
