package org.pacto.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Who did what to which record, and when. Every change is recorded, and so is every read of
 * personal data (contacts, migrants' records). Entries are visible to the secretariat and admins.
 */
public interface AuditTrail {

    void changed(String recordType, String recordId, String action, Map<String, ?> changes);

    void personalDataRead(String recordType, String recordId, String purpose);

    List<Entry> history(String recordType, String recordId);

    List<Entry> latest(int limit);

    record Entry(long id, Instant at, String actor, String recordType, String recordId, String action,
                 String changes) {
    }
}
