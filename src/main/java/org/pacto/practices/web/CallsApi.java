package org.pacto.practices.web;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Calls for practices: the secretariat opens themed calls with a deadline; a submission may answer one. */
@RestController
class CallsApi {

    private final PracticeDesk desk;

    CallsApi(PracticeDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/v1/calls")
    List<PracticeDesk.Call> calls() {
        return desk.callList();
    }

    record CallBody(@Nullable String title, @Nullable String theme, @Nullable String deadline,
                    @Nullable Boolean featured) {
    }

    @PostMapping("/api/v1/calls")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    ResponseEntity<PracticeDesk.Call> open(@RequestBody CallBody body) {
        var call = desk.openCall(body.title(), body.theme(), body.deadline(), Boolean.TRUE.equals(body.featured()));
        return ResponseEntity.created(URI.create("/api/v1/calls/" + call.id())).body(call);
    }
}
