package org.pacto.financing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.financing.domain.FinancingInput.AppraisalInput;
import org.pacto.financing.domain.FinancingInput.CallInput;
import org.pacto.financing.domain.FinancingInput.ContributionInput;
import org.pacto.financing.domain.FinancingInput.DisbursementInput;
import org.pacto.financing.domain.FinancingInput.GrantInput;
import org.pacto.financing.domain.FinancingInput.LineInput;
import org.pacto.financing.domain.FinancingInput.MeetingInput;
import org.pacto.financing.domain.FinancingInput.MemberInput;
import org.pacto.financing.domain.FinancingInput.ProposalInput;
import org.pacto.financing.domain.FinancingInput.ReportInput;
import org.pacto.financing.domain.FinancingInput.RestructuringInput;
import org.pacto.financing.domain.FinancingInput.ResultInput;
import org.pacto.financing.domain.FinancingInput.VoteInput;
import org.pacto.financing.domain.Funds;
import org.pacto.financing.domain.Grants;
import org.pacto.financing.domain.Meetings;
import org.pacto.financing.domain.Proposals;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.ConflictException;
import org.pacto.platform.FormProblems;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.PageController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of applicants and the secretariat (issue 12: "forms for applicants and the secretariat"). Each form
 * sends what the API's body carries and goes through the same service, so a page and the API refuse the same
 * input the same way. The answer is always a redirect to the page the form sits on (post/redirect/get): after a
 * success with a confirmation, after a refusal with every field's message and everything typed kept, so nothing is
 * lost ({@link #act}).
 */
@PageController
class FinancingForms {

    /** Rows the proposal form offers for budget lines and for the results framework. */
    static final int BUDGET_ROWS = 8;
    static final int RESULT_ROWS = 5;

    private final Funds funds;
    private final Proposals proposals;
    private final Meetings meetings;
    private final Grants grants;
    private final Actors actors;
    private final FormProblems problems;

    FinancingForms(Funds funds, Proposals proposals, Meetings meetings, Grants grants, Actors actors,
                   FormProblems problems) {
        this.funds = funds;
        this.proposals = proposals;
        this.meetings = meetings;
        this.grants = grants;
        this.actors = actors;
        this.problems = problems;
    }

    @PostMapping("/financing/funds/{id}/members")
    String admit(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes out) {
        UUID fund = FinancingApi.parse(id);
        return act(fundPage(fund), "member", form, out, parsed -> funds.admit(actor(), fund, new MemberInput(
                text(form, "organisation"), text(form, "tier"), parsed.date("joinedOn"), null)));
    }

    @PostMapping("/financing/funds/{id}/contributions")
    String contribute(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                      RedirectAttributes out) {
        UUID fund = FinancingApi.parse(id);
        return act(fundPage(fund), "contribution", form, out, parsed -> funds.contribute(actor(), fund,
                new ContributionInput(text(form, "member"), text(form, "period"), parsed.decimal("amount"),
                        parsed.date("paidOn"))));
    }

    @PostMapping("/financing/funds/{id}/calls")
    String openCall(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                    RedirectAttributes out) {
        UUID fund = FinancingApi.parse(id);
        return act(fundPage(fund), "call", form, out, parsed -> funds.openCall(actor(), fund, new CallInput(
                text(form, "title"), list(form, "windows"), parsed.decimal("ceiling"), text(form, "activities"),
                parsed.date("opensOn"), parsed.date("closesOn"))));
    }

    @PostMapping("/financing/funds/{id}/meetings")
    String convene(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                   RedirectAttributes out) {
        UUID fund = FinancingApi.parse(id);
        return act(fundPage(fund), "meeting", form, out, parsed -> meetings.convene(actor(), fund,
                new MeetingInput(parsed.date("date"), list(form, "proposals"))));
    }

    /** A draft proposal; on success the applicant lands on it, to read it through and submit it. */
    @PostMapping("/financing/funds/{id}/proposals")
    String propose(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                   RedirectAttributes out) {
        UUID fund = FinancingApi.parse(id);
        Actor actor = actor();
        var created = new UUID[1];
        String back = act("/financing/funds/" + fund + "/proposals/new", "proposal", form, out, parsed -> {
            List<LineInput> budget = new ArrayList<>();
            for (int i = 0; i < BUDGET_ROWS; i++) {
                String label = text(form, "budget[" + i + "].label");
                BigDecimal amount = parsed.decimal("budget[" + i + "].amount");
                if (label != null || amount != null) {
                    budget.add(new LineInput(label, amount));
                }
            }
            List<ResultInput> results = new ArrayList<>();
            for (int i = 0; i < RESULT_ROWS; i++) {
                String outcome = text(form, "results[" + i + "].outcome");
                String indicator = text(form, "results[" + i + "].indicator");
                BigDecimal baseline = parsed.decimal("results[" + i + "].baseline");
                BigDecimal target = parsed.decimal("results[" + i + "].target");
                if (outcome != null || indicator != null || baseline != null || target != null) {
                    results.add(new ResultInput(outcome, indicator, baseline, target));
                }
            }
            List<Integer> objectives = new ArrayList<>();
            for (String o : list(form, "objectives")) {
                BigDecimal n = InputLimits.decimal(o, "objectives", false, 2, 0, parsed.problems);
                if (n != null) {
                    objectives.add(n.intValue());
                }
            }
            created[0] = proposals.create(actor, fund, new ProposalInput(text(form, "lead"), list(form, "partners"),
                    text(form, "call"), text(form, "title"), text(form, "summary"), text(form, "window"),
                    objectives, text(form, "activities"), budget, results, parsed.integer("genderMarker"),
                    parsed.integer("humanRightsMarker")));
        });
        return created[0] == null ? back : "redirect:/financing/proposals/" + created[0] + "?done=proposal";
    }

    @PostMapping("/financing/proposals/{id}/submit")
    String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes out) {
        UUID proposal = FinancingApi.parse(id);
        return act(proposalPage(proposal), "submit", form, out, parsed -> proposals.submit(actor(), proposal));
    }

    @PostMapping("/financing/proposals/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                    RedirectAttributes out) {
        UUID proposal = FinancingApi.parse(id);
        return act(proposalPage(proposal), "withdraw", form, out, parsed -> proposals.withdraw(actor(), proposal));
    }

    @PostMapping("/financing/proposals/{id}/appraisal")
    String appraise(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                    RedirectAttributes out) {
        UUID proposal = FinancingApi.parse(id);
        return act(proposalPage(proposal), "appraisal", form, out, parsed -> proposals.appraise(actor(), proposal,
                new AppraisalInput(parsed.integer("score"), text(form, "remarks"))));
    }

    /** A grant, committed from the approved proposal's page; the refusals are the API's 409s, said in words. */
    @PostMapping("/financing/proposals/{id}/grant")
    String commit(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes out) {
        UUID proposal = FinancingApi.parse(id);
        return act(proposalPage(proposal), "grant", form, out, parsed -> grants.commit(actor(),
                new GrantInput(proposal.toString(), parsed.decimal("amount"))));
    }

    @PostMapping("/financing/meetings/{id}/votes")
    String vote(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes out) {
        UUID meeting = FinancingApi.parse(id);
        return act(meetingPage(meeting), "vote", form, out, parsed -> meetings.vote(actor(), meeting,
                new VoteInput(text(form, "member"), text(form, "proposal"), text(form, "vote"))));
    }

    @PostMapping("/financing/meetings/{id}/close")
    String close(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes out) {
        UUID meeting = FinancingApi.parse(id);
        return act(meetingPage(meeting), "close", form, out, parsed -> meetings.close(actor(), meeting));
    }

    @PostMapping("/financing/grants/{id}/disbursements")
    String disburse(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                    RedirectAttributes out) {
        UUID grant = FinancingApi.parse(id);
        return act(grantPage(grant), "disbursement", form, out, parsed -> grants.disburse(actor(), grant,
                new DisbursementInput(parsed.decimal("amount"), parsed.date("paidOn"))));
    }

    @PostMapping("/financing/grants/{id}/reports")
    String report(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes out) {
        UUID grant = FinancingApi.parse(id);
        return act(grantPage(grant), "report", form, out, parsed -> {
            List<BigDecimal> achieved = new ArrayList<>();
            List<String> values = list(form, "achieved");
            for (int i = 0; i < values.size(); i++) {
                achieved.add(InputLimits.decimal(values.get(i), "achieved[" + i + "]", true, 18, 4,
                        parsed.problems));
            }
            grants.report(actor(), grant, new ReportInput(text(form, "period"), text(form, "narrative"), achieved));
        });
    }

    @PostMapping("/financing/grants/{id}/restructurings")
    String restructure(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                       RedirectAttributes out) {
        UUID grant = FinancingApi.parse(id);
        return act(grantPage(grant), "restructuring", form, out, parsed -> grants.restructure(actor(), grant,
                new RestructuringInput(text(form, "reason"), parsed.integer("fromLine"), parsed.integer("toLine"),
                        parsed.decimal("amount"), text(form, "addedCountry"))));
    }

    @PostMapping("/financing/grants/{id}/close")
    String closeGrant(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                      RedirectAttributes out) {
        UUID grant = FinancingApi.parse(id);
        return act(grantPage(grant), "closeGrant", form, out, parsed -> grants.close(actor(), grant));
    }

    /** What a form does once its text fields are read: numbers and dates are parsed through {@link Parsed}. */
    interface Action {
        void run(Parsed parsed);
    }

    /**
     * Runs one form's action. Numbers and dates that cannot be read are reported with the service's own
     * problems in one answer (a field the form could not read is not also called missing). The flash attributes
     * are what the page shows: {@code done} (the form's name), or {@code errors}, {@code refusal} and the
     * {@code form} and {@code chosen} as typed, under {@code formName} so the right form shows them.
     */
    private String act(String page, String name, MultiValueMap<String, String> form, RedirectAttributes out,
                       Action action) {
        Parsed parsed = new Parsed(form);
        try {
            action.run(parsed);
            if (!parsed.problems.isEmpty()) {
                throw new InvalidInputException(parsed.problems);
            }
            out.addFlashAttribute("done", name);
        } catch (InvalidInputException e) {
            List<FieldProblem> all = new ArrayList<>(parsed.problems);
            e.problems().stream().filter(p -> !(p.code().equals("required") && parsed.unreadable(p.field())))
                    .filter(p -> !parsed.problems.contains(p)).forEach(all::add);
            keep(out, name, form);
            out.addFlashAttribute("errors", problems.of(new InvalidInputException(all)));
        } catch (ConflictException e) {
            keep(out, name, form);
            out.addFlashAttribute("refusal", problems.of(e));
        }
        return "redirect:" + page + "#form-" + name;
    }

    /** What was typed: the first value of each field in {@code form}, every value of a list in {@code chosen}. */
    private static void keep(RedirectAttributes out, String name, MultiValueMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (!k.equals("_csrf") && v != null && !v.isEmpty()) {
                typed.put(k, v.getFirst() == null ? "" : v.getFirst());
                chosen.put(k, v.stream().filter(java.util.Objects::nonNull).toList());
            }
        });
        out.addFlashAttribute("formName", name);
        out.addFlashAttribute("form", typed);
        out.addFlashAttribute("chosen", chosen);
    }

    /** A form's values that are not text: each one that cannot be read adds its field's problem. */
    static final class Parsed {
        private final MultiValueMap<String, String> form;
        final List<FieldProblem> problems = new ArrayList<>();

        Parsed(MultiValueMap<String, String> form) {
            this.form = form;
        }

        @Nullable BigDecimal decimal(String field) {
            return InputLimits.decimal(text(form, field), field, false, 18, 2, problems);
        }

        @Nullable Integer integer(String field) {
            BigDecimal n = InputLimits.decimal(text(form, field), field, false, 9, 0, problems);
            return n == null ? null : n.intValueExact();
        }

        @Nullable LocalDate date(String field) {
            return InputLimits.date(text(form, field), field, false, problems);
        }

        boolean unreadable(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }
    }

    private static @Nullable String text(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> list(MultiValueMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String fundPage(UUID fund) {
        return "/financing/funds/" + fund;
    }

    private static String proposalPage(UUID proposal) {
        return "/financing/proposals/" + proposal;
    }

    private static String meetingPage(UUID meeting) {
        return "/financing/meetings/" + meeting;
    }

    private static String grantPage(UUID grant) {
        return "/financing/grants/" + grant;
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
