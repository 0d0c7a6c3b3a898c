package org.pacto.pledges.domain;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.platform.Attachments;
import org.pacto.platform.Attachments.Attachment;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.FileStore;
import org.pacto.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pledge's attachment: the lead organisation's focal point and members and the secretariat add files (see
 * {@link Pledges} for the rules); readers of the pledge read them.
 */
@Service
public class PledgeAttachments {

    private final Pledges pledges;
    private final Attachments attachments;

    PledgeAttachments(Pledges pledges, JdbcClient jdbc, FileStore store, AuditTrail audit) {
        this.pledges = pledges;
        this.attachments = new Attachments(jdbc, store, audit, "pledges", "pledge", "pledge_id");
    }

    @Transactional
    public Attachment add(Actor actor, UUID pledgeId, String fileName, InputStream content) {
        Pledge pledge = pledges.visible(Optional.of(actor), pledgeId);
        if (!mayEdit(pledge, actor)) {
            throw new AccessDeniedException("only the lead organisation edits the pledge");
        }
        return attachments.add(pledgeId, actor.person().value(), fileName, content);
    }

    /** Whether the visitor may add attachments to the pledge (which they can see). */
    @Transactional(readOnly = true)
    public boolean mayEdit(Optional<Actor> actor, UUID pledgeId) {
        Pledge pledge = pledges.visible(actor, pledgeId);
        return actor.map(a -> mayEdit(pledge, a)).orElse(false);
    }

    private static boolean mayEdit(Pledge pledge, Actor actor) {
        return PledgePermissions.mayEdit(actor, pledge);
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(Optional<Actor> actor, UUID pledgeId) {
        pledges.visible(actor, pledgeId);
        return attachments.list(pledgeId);
    }

    @Transactional(readOnly = true)
    public Attachment find(Optional<Actor> actor, UUID pledgeId, UUID attachmentId) {
        pledges.visible(actor, pledgeId);
        return attachments.find(pledgeId, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    public org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> download(Attachment a) {
        return attachments.download(a);
    }
}
