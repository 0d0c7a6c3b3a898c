package org.pacto.practices.domain;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
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
    private final Actors actors;
    private final Attachments attachments;

    PracticeAttachments(PracticeBook book, Actors actors, JdbcClient jdbc, FileStore store, AuditTrail audit) {
        this.book = book;
        this.actors = actors;
        this.attachments = new Attachments(jdbc, store, audit, "practices", PracticeBook.RECORD, "practice_id");
    }

    @Transactional
    public Attachment add(String practiceId, String fileName, InputStream content) {
        Practice practice = book.visible(practiceId);
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!mayEdit(practice, actor)) {
            throw new AccessDeniedException("not the submitting organisation");
        }
        return attachments.add(practice.id(), actor.person().value(), fileName, content);
    }

    /** Whether the current visitor may add attachments to the practice (which they can see). */
    @Transactional(readOnly = true)
    public boolean mayEdit(String practiceId) {
        Practice practice = book.visible(practiceId);
        return actors.current().map(a -> mayEdit(practice, a)).orElse(false);
    }

    public static boolean mayEdit(Practice practice, Actor actor) {
        boolean member = actor.organisation().value().equals(practice.organisationId())
                && (actor.has(Role.FOCAL_POINT) || actor.has(Role.MEMBER));
        return member || actor.has(Role.SECRETARIAT) || actor.has(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(String practiceId) {
        return attachments.list(book.visible(practiceId).id());
    }

    @Transactional(readOnly = true)
    public Attachment find(String practiceId, UUID attachmentId) {
        return attachments.find(book.visible(practiceId).id(), attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    public ResponseEntity<Resource> download(Attachment attachment) {
        return attachments.download(attachment);
    }
}
