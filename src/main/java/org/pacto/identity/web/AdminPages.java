package org.pacto.identity.web;

import org.pacto.platform.AuditTrail;
import org.pacto.platform.Outbox;
import org.pacto.platform.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The outbox (mail kept when no SMTP server is set) and the audit trail. */
@PageController
class AdminPages {

    private final Outbox outbox;
    private final AuditTrail audit;

    AdminPages(Outbox outbox, AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    @GetMapping("/admin/outbox")
    @PreAuthorize("hasRole('ADMIN')")
    String outbox(Model model) {
        model.addAttribute("messages", outbox.latest(100));
        return "identity/outbox";
    }

    @GetMapping("/admin/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(200));
        return "identity/audit";
    }
}
