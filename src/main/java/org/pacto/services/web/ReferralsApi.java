package org.pacto.services.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.NotFoundException;
import org.pacto.services.domain.ReferralStatistics;
import org.pacto.services.domain.ReferralStatus.Action;
import org.pacto.services.domain.ReferralView;
import org.pacto.services.domain.Referrals;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals: the receiving organisation accepts, rejects and finishes; the sender revokes; figures by period. */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "services", description = "Local services for migrants: service points (public), registration cards, "
        + "cases and referrals (staff only, private by design)")
class ReferralsApi {

    private final Referrals referrals;
    private final ReferralStatistics statistics;
    private final Actors actors;

    ReferralsApi(Referrals referrals, ReferralStatistics statistics, Actors actors) {
        this.referrals = referrals;
        this.statistics = statistics;
        this.actors = actors;
    }

    @PostMapping("/{id:[0-9a-fA-F-]{36}}/{action:accept|reject|done|revoke}")
    @Operation(summary = "Move a referral", description = "accept, reject, done: the receiving organisation's "
            + "caseworkers and supervisors; revoke: the sender's. sent → accepted | rejected; accepted → done; revoke "
            + "while not finished. Another status → 409; another organisation's referral → 404. Never the name.")
    ReferralView act(@Parameter(description = "The referral's id") @PathVariable UUID id,
                     @Parameter(description = "accept, reject, done or revoke") @PathVariable String action) {
        return referrals.act(actor(), id, Action.fromCode(action)
                .orElseThrow(() -> new NotFoundException("action", action)));
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/inbox")
    @Operation(summary = "Referrals received", description = "The caller's organisation's inbox (case staff).")
    List<ReferralView> inbox() {
        return referrals.box(actor(), true);
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/outbox")
    @Operation(summary = "Referrals sent", description = "The caller's organisation's outbox (case staff).")
    List<ReferralView> outbox() {
        return referrals.box(actor(), false);
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/stats")
    @Operation(summary = "Referral figures", description = "Case staff: their organisation's (sent and received); "
            + "the secretariat: all. Counts below 5 are withheld (null). Aggregates only.")
    ReferralStatistics.Figures stats(@Parameter(description = "First day (default: a year before 'to')")
                                     @RequestParam(required = false) @Nullable LocalDate from,
                                     @Parameter(description = "Last day (default: today)")
                                     @RequestParam(required = false) @Nullable LocalDate to) {
        return statistics.figures(actor(), from, to);
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
