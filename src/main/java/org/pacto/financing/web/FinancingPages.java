package org.pacto.financing.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pacto.financing.domain.FinancingViews;
import org.pacto.financing.domain.FinancingViews.Share;
import org.pacto.financing.domain.StepTexts;
import org.pacto.identity.Actors;
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

    FinancingPages(FinancingViews views, Actors actors, MessageSource messages) {
        this.views = views;
        this.actors = actors;
        this.messages = messages;
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
        return "financing/fund";
    }

    @GetMapping("/financing/calls/{id}")
    String call(@PathVariable String id, Model model) {
        model.addAttribute("call", views.call(FinancingApi.parse(id)));
        return "financing/call";
    }

    @GetMapping("/financing/proposals/{id}")
    String proposal(@PathVariable String id, Model model) {
        model.addAttribute("proposal", views.proposal(actors.current().orElse(null), FinancingApi.parse(id)));
        return "financing/proposal";
    }

    @GetMapping("/financing/meetings/{id}")
    String meeting(@PathVariable String id, Model model) {
        model.addAttribute("meeting", views.meeting(FinancingApi.parse(id), texts()));
        return "financing/meeting";
    }

    @GetMapping("/financing/grants/{id}")
    String grant(@PathVariable String id, Model model) {
        model.addAttribute("grant", views.grant(FinancingApi.parse(id)));
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
