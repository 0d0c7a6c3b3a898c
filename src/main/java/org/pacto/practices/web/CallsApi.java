package org.pacto.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actors;
import org.pacto.practices.domain.CallForPractices;
import org.pacto.practices.domain.PracticeCalls;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Calls for practices: the secretariat opens themed calls with a deadline; a submission may answer one. */
@RestController
class CallsApi {

    private final PracticeCalls calls;
    private final Actors actors;

    CallsApi(PracticeCalls calls, Actors actors) {
        this.calls = calls;
        this.actors = actors;
    }

    record Call(String id, String title, String theme, String deadline, boolean featured, boolean open) {

        static Call of(CallForPractices c) {
            return new Call(c.id().toString(), c.title(), c.theme(), c.deadline().toString(), c.featured(),
                    c.open(LocalDate.now()));
        }
    }

    @Operation(summary = "List calls for practices",
            description = "The calls for practices on a theme, with their deadlines and whether they are open. Public.")
    @GetMapping("/api/v1/calls")
    List<Call> calls() {
        return calls.all().stream().map(Call::of).toList();
    }

    record CallBody(@Nullable String title, @Nullable String theme, @Nullable String deadline,
                    @Nullable Boolean featured) {
    }

    @Operation(summary = "Open a call for practices",
            description = "Secretariat or admin only. Answers 201.")
    @PostMapping("/api/v1/calls")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    ResponseEntity<Call> open(@RequestBody CallBody body) {
        var actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        var call = Call.of(calls.open(actor, body.title(), body.theme(), body.deadline(),
                Boolean.TRUE.equals(body.featured())));
        return ResponseEntity.created(URI.create("/api/v1/calls/" + call.id())).body(call);
    }
}
