package org.pacto.practices.domain;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.identity.Role;
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
 * A practice's attachments: the submitting organisation (members, focal points) and the secretariat add
 * files; whoever may read the practice reads them (so they are public exactly when the practice is).
 */
@Service
public class PracticeAttachments {

    private final PracticeBook book;
    private final Attachments attachments;

    PracticeAttachments(PracticeBook book, JdbcClient jdbc, FileStore store, AuditTrail audit) {
        this.book = book;
        this.attachments = new Attachments(jdbc, store, audit, "practices", PracticeBook.RECORD, "practice_id");
    }

    @Transactional
    public Attachment add(Actor actor, String practiceId, String fileName, InputStream content) {
        Practice practice = book.visible(Optional.of(actor), practiceId);
        if (!mayEdit(practice, actor)) {
            throw new AccessDeniedException("not the submitting organisation");
        }
        return attachments.add(practice.id(), actor.person().value(), fileName, content);
    }

    /** Whether the visitor may add attachments to the practice (which they can see). */
    @Transactional(readOnly = true)
    public boolean mayEdit(Optional<Actor> actor, String practiceId) {
        Practice practice = book.visible(actor, practiceId);
        return actor.map(a -> mayEdit(practice, a)).orElse(false);
    }

    public static boolean mayEdit(Practice practice, Actor actor) {
        boolean member = actor.organisation().value().equals(practice.organisationId())
                && (actor.has(Role.FOCAL_POINT) || actor.has(Role.MEMBER));
        return member || actor.isStaff();
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(Optional<Actor> actor, String practiceId) {
        return attachments.list(book.visible(actor, practiceId).id());
    }

    @Transactional(readOnly = true)
    public Attachment find(Optional<Actor> actor, String practiceId, UUID attachmentId) {
        return attachments.find(book.visible(actor, practiceId).id(), attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    public ResponseEntity<Resource> download(Attachment attachment) {
        return attachments.download(attachment);
    }
}
