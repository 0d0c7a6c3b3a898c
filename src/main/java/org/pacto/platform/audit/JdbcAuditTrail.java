package org.pacto.platform.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.pacto.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail in {@code platform.audit_event}, written in the caller's transaction. */
@Component
class JdbcAuditTrail implements AuditTrail {

    private static final String SYSTEM = "system";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void changed(String recordType, String recordId, String action, Map<String, ?> changes) {
        insert(recordType, recordId, action, json.writeValueAsString(changes));
    }

    @Override
    public void personalDataRead(String recordType, String recordId, String purpose) {
        insert(recordType, recordId, "read-personal-data", json.writeValueAsString(Map.of("purpose", purpose)));
    }

    private void insert(String recordType, String recordId, String action, String changes) {
        jdbc.sql("""
                insert into platform.audit_event (actor, record_type, record_id, action, changes)
                values (:actor, :type, :id, :action, cast(:changes as jsonb))""")
                .param("actor", actor()).param("type", recordType).param("id", recordId)
                .param("action", action).param("changes", changes).update();
    }

    @Override
    public List<Entry> history(String recordType, String recordId) {
        return jdbc.sql("""
                select id, at, actor, record_type, record_id, action, changes::text as changes
                from platform.audit_event where record_type = :type and record_id = :id order by at, id""")
                .param("type", recordType).param("id", recordId).query(this::entry).list();
    }

    @Override
    public List<Entry> latest(int limit) {
        return jdbc.sql("""
                select id, at, actor, record_type, record_id, action, changes::text as changes
                from platform.audit_event order by at desc, id desc limit :limit""")
                .param("limit", limit).query(this::entry).list();
    }

    private Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("at");
        return new Entry(rs.getLong("id"), at.toInstant(), rs.getString("actor"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("action"), rs.getString("changes"));
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
