package org.promisetracker.web.imports;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Files previewed on the import page and not yet imported, in PostgreSQL so that the confirmation may
 * reach any web node. Each is its user's alone and lives an hour at most.
 */
@Repository
class ImportUploads {

    record Upload(String planId, ImportSheet sheet, String fileName, byte[] content) {}

    private final JdbcClient jdbc;

    ImportUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID keep(String planId, String username, ImportSheet sheet, String fileName, byte[] content) {
        jdbc.sql("DELETE FROM import_upload WHERE uploaded_at < now() - interval '1 hour'")
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO import_upload (upload_id, plan_id, username, sheet, file_name, content) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, planId, username, sheet == null ? null : sheet.name(), fileName, content)
                .update();
        return id;
    }

    /** The upload, if it is this user's, for this plan, and less than an hour old. */
    Optional<Upload> find(UUID id, String planId, String username) {
        return jdbc.sql("""
                        SELECT plan_id, sheet, file_name, content FROM import_upload
                        WHERE upload_id = ? AND plan_id = ? AND username = ? AND uploaded_at >= now() - interval '1 hour'""")
                .params(id, planId, username)
                .query((rs, row) -> new Upload(
                        rs.getString(1),
                        rs.getString(2) == null ? null : ImportSheet.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getBytes(4)))
                .optional();
    }

    void forget(UUID id) {
        jdbc.sql("DELETE FROM import_upload WHERE upload_id = ?").param(id).update();
    }
}
