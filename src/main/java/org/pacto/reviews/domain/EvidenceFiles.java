package org.pacto.reviews.domain;

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
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of an initiative (issue 9: "evidence (links, attachments)"): the government's writers attach them
 * while the inventory is editable; whoever may see the inventory reads them (published inventories: everyone), so
 * the observer checks a claim against its document.
 */
@Service
public class EvidenceFiles {

    private final Reviews reviews;
    private final Attachments attachments;

    EvidenceFiles(Reviews reviews, JdbcClient jdbc, FileStore store, AuditTrail audit) {
        this.reviews = reviews;
        this.attachments = new Attachments(jdbc, store, audit, "reviews", "initiative", "initiative_id");
    }

    @Transactional
    public Attachment add(Actor actor, UUID initiative, String fileName, InputStream content) {
        Inventory inventory = reviews.holdingVisible(Optional.of(actor), initiative);
        if (!Reviews.mayWrite(actor, inventory)) {
            throw new AccessDeniedException("only the government's focal point and members add evidence");
        }
        if (!inventory.status().editable()) {
            throw new org.pacto.platform.ConflictException("inventory-not-editable",
                    "the inventory is " + inventory.status().code());
        }
        return attachments.add(initiative, actor.person().value(), fileName, content);
    }

    @Transactional(readOnly = true)
    public boolean mayAdd(Optional<Actor> actor, UUID initiative) {
        Inventory inventory = reviews.holdingVisible(actor, initiative);
        return actor.map(a -> Reviews.mayEditNow(a, inventory)).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(Optional<Actor> actor, UUID initiative) {
        reviews.holdingVisible(actor, initiative);
        return attachments.list(initiative);
    }

    @Transactional(readOnly = true)
    public Attachment find(Optional<Actor> actor, UUID initiative, UUID attachment) {
        reviews.holdingVisible(actor, initiative);
        return attachments.find(initiative, attachment)
                .orElseThrow(() -> new NotFoundException("attachment", attachment));
    }

    public ResponseEntity<Resource> download(Attachment attachment) {
        return attachments.download(attachment);
    }
}
