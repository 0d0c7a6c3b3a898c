package org.pacto.platform;

import java.time.Instant;
import java.util.List;

/** Mail kept instead of sent, for admins (and tests) to read. */
public interface Outbox {

    List<Message> latest(int limit);

    List<Message> to(String address);

    record Message(long id, Instant at, String to, String subject, String body) {
    }
}
