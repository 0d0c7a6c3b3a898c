package org.pacto.financing.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pacto.financing.domain.FinancingViews;
import org.pacto.financing.domain.FinancingViews.Share;
import org.pacto.financing.domain.StepTexts;
import java.util.Map;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.platform.Language;
import org.pacto.taxonomy.Framework;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.pacto.platform.PageController;
import org.pacto.platform.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The financing mechanism's public pages: the fund (members by tier, contributions and arrears, balance with its
 * computation, portfolio by window and by country), calls, proposals, meetings with each vote's result, and
 * grants with disbursements and results against targets. Every page works without JavaScript; each chart is an
 * inline SVG drawn on the server beside a table of the same figures.
 */
@PageController
class FinancingPages {

    private final FinancingViews views;
    private final Actors actors;
    private final MessageSource messages;
    private final Framework framework;

    FinancingPages(FinancingViews views, Actors actors, MessageSource messages, Framework framework) {
        this.views = views;
        this.actors = actors;
        this.messages = messages;
        this.framework = framework;
    }

    /**
     * What the signed-in person may do on a page, so the page offers only the forms that would be accepted (the
     * services check again: a form is a convenience, never the guard).
     */
    record Desk(boolean secretariat, boolean applicant, boolean leadState) {
        static final Desk VISITOR = new Desk(false, false, false);
    }

    /** What a page shows when no form was sent: flash attributes of {@link FinancingForms} replace these. */
    @ModelAttribute("errors")
    Map<String, String> errors() {
        return Map.of();
    }

    @ModelAttribute("form")
    Map<String, String> form() {
        return Map.of();
    }

    @ModelAttribute("chosen")
    Map<String, List<String>> chosen() {
        return Map.of();
    }

    @ModelAttribute("formName")
    String formName() {
        return "";
    }

    /** A bar of a portfolio chart: its label, amount, count and length (0–100, share of the largest). */
    record Bar(String label, BigDecimal amount, long grants, int length, int y) {
    }

    @GetMapping("/financing")
    String landing(Paging paging, Model model) {
        var all = views.funds();
        model.addAttribute("funds", all);
        if (all.isEmpty()) {
            return "financing/funds";
        }
        return fund(all.getFirst().id(), paging, model);
    }

    @GetMapping("/financing/funds/{id}")
    String fund(@PathVariable String id, Paging paging, Model model) {
        return fund(FinancingApi.parse(id), paging, model);
    }

    private String fund(UUID id, Paging paging, Model model) {
        var page = views.fund(id, paging, texts());
        model.addAttribute("funds", views.funds());
        model.addAttribute("fund", page);
        model.addAttribute("windowBars", bars(page.byWindow(), true));
        model.addAttribute("countryBars", bars(page.byCountry(), false));
        model.addAttribute("pages", paging.pages(page.grantCount()));
        model.addAttribute("year", String.valueOf(java.time.Year.now().getValue()));
        Actor actor = actors.current().orElse(null);
        boolean applicant = actor != null && page.members().stream()
                .anyMatch(m -> actor.isFocalPointOf(new OrganisationId(m.organisation())));
        model.addAttribute("desk", actor == null ? Desk.VISITOR
                : new Desk(actor.isStaff(), actor.isStaff() || applicant, applicant));
        model.addAttribute("states", actor != null && actor.isStaff() ? views.statesOutside(id) : List.of());
        return "financing/fund";
    }

    @GetMapping("/financing/calls/{id}")
    String call(@PathVariable String id, Model model) {
        model.addAttribute("call", views.call(FinancingApi.parse(id)));
        return "financing/call";
    }

    /** The applicant's form: a draft for one of the fund's member states, read through and submitted after. */
    @GetMapping("/financing/funds/{id}/proposals/new")
    String newProposal(@PathVariable String id, Model model) {
        UUID fund = FinancingApi.parse(id);
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        var page = views.fund(fund, Paging.first(), texts());
        var leads = page.members().stream().filter(m -> actor.isStaff()
                || actor.isFocalPointOf(new OrganisationId(m.organisation()))).toList();
        if (leads.isEmpty()) {
            throw new AccessDeniedException("the focal point of a member state or the secretariat drafts proposals");
        }
        model.addAttribute("fund", page);
        model.addAttribute("leads", leads);
        model.addAttribute("budgetRows", java.util.stream.IntStream.range(0, FinancingForms.BUDGET_ROWS).boxed()
                .toList());
        model.addAttribute("resultRows", java.util.stream.IntStream.range(0, FinancingForms.RESULT_ROWS).boxed()
                .toList());
        model.addAttribute("objectives", framework.objectives(Language.of(LocaleContextHolder.getLocale())));
        return "financing/proposal-form";
    }

    @GetMapping("/financing/proposals/{id}")
    String proposal(@PathVariable String id, Model model) {
        Actor actor = actors.current().orElse(null);
        var proposal = views.proposal(actor, FinancingApi.parse(id));
        model.addAttribute("proposal", proposal);
        boolean lead = actor != null && actor.isFocalPointOf(new OrganisationId(proposal.lead().organisation()));
        model.addAttribute("desk", actor == null ? Desk.VISITOR
                : new Desk(actor.isStaff(), actor.isStaff() || lead, lead));
        return "financing/proposal";
    }

    @GetMapping("/financing/meetings/{id}")
    String meeting(@PathVariable String id, Model model) {
        var meeting = views.meeting(FinancingApi.parse(id), texts());
        model.addAttribute("meeting", meeting);
        Actor actor = actors.current().orElse(null);
        model.addAttribute("desk", actor == null ? Desk.VISITOR : new Desk(actor.isStaff(), false, false));
        model.addAttribute("members", actor != null && actor.isStaff() ? views.members(meeting.fund()) : List.of());
        return "financing/meeting";
    }

    @GetMapping("/financing/grants/{id}")
    String grant(@PathVariable String id, Model model) {
        var grant = views.grant(FinancingApi.parse(id));
        model.addAttribute("grant", grant);
        Actor actor = actors.current().orElse(null);
        boolean lead = actor != null && actor.actsFor(new OrganisationId(grant.leadOrganisation()));
        model.addAttribute("desk", actor == null ? Desk.VISITOR
                : new Desk(actor.isStaff(), actor.isStaff() || lead, lead));
        return "financing/grant";
    }

    private List<Bar> bars(List<Share> shares, boolean windows) {
        BigDecimal largest = shares.stream().map(Share::amount).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        Locale locale = LocaleContextHolder.getLocale();
        var bars = new java.util.ArrayList<Bar>();
        for (int i = 0; i < shares.size(); i++) {
            Share s = shares.get(i);
            String label = windows ? messages.getMessage("financing.window." + s.key(), null, s.key(), locale)
                    : Locale.of("", s.key()).getDisplayCountry(locale);
            int length = largest.signum() == 0 ? 0 : s.amount().multiply(BigDecimal.valueOf(100))
                    .divide(largest, java.math.RoundingMode.HALF_UP).intValue();
            bars.add(new Bar(label, s.amount(), s.grants(), length, i * 28));
        }
        return bars;
    }

    private StepTexts texts() {
        return new StepTexts(messages, LocaleContextHolder.getLocale());
    }
}
