package org.pacto.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.FileStore;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.Multipart;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Attachments of pledges and practices over real HTTP (multipart built by hand). */
@PactoTest
class AttachmentsApiTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    FileStore store;

    static String token(String role) {
        return DemoAccounts.withRole(role).token();
    }

    Multipart.Raw upload(String path, String token, String name, String type, byte[] content) {
        return new Multipart().file("file", name, type, content).post(port, path, token);
    }

    String publicPledge() {
        return jdbc.sql("select id::text from pledges.pledge where status = 'published' and deleted_at is null limit 1")
                .query(String.class).single();
    }

    @Test
    void pledgeAttachmentsAreCheckedStoredListedAndDownloaded() throws Exception {
        String pledge = publicPledge();
        String path = "/api/v1/pledges/" + pledge + "/attachments";

        var added = upload(path, token("secretariat"), "Informe anual.pdf", "application/octet-stream", PDF);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        String id = json(added.text(), "id");
        assertThat(json(added.text(), "mediaType")).isEqualTo("application/pdf");

        // public pledge: anyone lists and downloads, with the detected type, as a download, never sniffed
        var list = Api.at(port).get(path);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Informe anual.pdf", id);
        var download = Multipart.get(port, path + "/" + id, null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(store.exists("pledges", UUID.fromString(id))).isTrue();
        assertThat(audit.history("pledge", pledge)).anyMatch(e -> e.action().equals("attachment-added"));
        assertThat(jdbc.sql("select sha256 from pledges.attachment where id = ?::uuid").param(id)
                .query(String.class).single()).hasSize(64);

        // the pledge page lists it for everyone, and shows the upload form to nobody anonymous
        var page = Api.at(port).get("/pledges/" + pledge);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Informe anual.pdf", "/pledges/" + pledge + "/attachments/" + id)
                .doesNotContain("name=\"file\"");
        assertThat(Multipart.get(port, "/pledges/" + pledge + "/attachments/" + id, null).body()).isEqualTo(PDF);

        // only those who may edit the pledge upload
        assertThat(upload(path, null, "a.pdf", "application/pdf", PDF).status()).isEqualTo(401);
        assertThat(upload(path, token("member"), "a.pdf", "application/pdf", PDF).status()).isEqualTo(403);
        assertThat(Multipart.get(port, path + "/" + UUID.randomUUID(), null).status()).isEqualTo(404);
    }

    @Test
    void refusedUploadsLeaveNothingBehind() {
        String path = "/api/v1/pledges/" + publicPledge() + "/attachments";
        long before = jdbc.sql("select count(*) from pledges.attachment").query(Long.class).single();

        var mismatch = upload(path, token("secretariat"), "foto.pdf", "application/pdf", PNG);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.text()).contains("unsupported-file-type");
        var unknown = upload(path, token("secretariat"), "programa.exe", "application/octet-stream",
                new byte[] {'M', 'Z', 0, 0});
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("unsupported-file-type");
        var empty = upload(path, token("secretariat"), "vacio.txt", "text/plain", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("empty-file");
        var tooLarge = upload(path, token("secretariat"), "grande.txt", "text/plain",
                "a".repeat(26 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text()).contains("too-large");

        assertThat(jdbc.sql("select count(*) from pledges.attachment").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void practiceAttachmentsArePublicOnlyWithThePractice() {
        String published = jdbc.sql("select id::text from practices.practice where status = 'published' limit 1")
                .query(String.class).single();
        String path = "/api/v1/practices/" + published + "/attachments";
        var added = upload(path, token("secretariat"), "notas.txt", "text/plain",
                "Notas de la práctica\n".getBytes(StandardCharsets.UTF_8));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        var download = Multipart.get(port, path + "/" + json(added.text(), "id"), null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("text/plain");
        assertThat(upload(path, token("member"), "a.pdf", "application/pdf", PDF).status()).isIn(403);
        assertThat(Api.at(port).get("/practices/" + published).body()).contains("notas.txt");

        // a draft: its organisation uploads; the public does not see the files
        var focal = Api.at(port).withToken(token("focal-point"));
        var body = new java.util.HashMap<String, Object>();
        body.put("language", "es");
        body.put("title", "Borrador con adjuntos " + System.nanoTime());
        body.put("summary", "Atención de consulados en los barrios para regularizar documentos de personas migrantes.");
        body.put("description", "<p>Los consulados visitan los barrios.</p>");
        body.put("objectives", java.util.List.of(4, 15));
        body.put("principles", java.util.List.of("whole-of-society"));
        body.put("countries", java.util.List.of("AR"));
        body.put("level", "local");
        body.put("locality", "Quilmes");
        body.put("type", "service");
        body.put("startDate", "2021-03-01");
        body.put("results", "Más de 2.000 trámites.");
        body.put("themes", java.util.List.of("data"));
        body.put("contact", java.util.Map.of("name", "Laura Contacto", "email", "laura@quilmes.example"));
        String draft = focal.post("/api/v1/practices", body).json().get("id").asString();
        String draftPath = "/api/v1/practices/" + draft + "/attachments";
        var ownUpload = upload(draftPath, token("focal-point"), "plan.pdf", "application/pdf", PDF);
        assertThat(ownUpload.status()).as(ownUpload.text()).isEqualTo(201);
        String attachment = json(ownUpload.text(), "id");
        assertThat(Multipart.get(port, draftPath + "/" + attachment, null).status()).isEqualTo(404);
        assertThat(Api.at(port).get(draftPath).status()).isEqualTo(404);
        assertThat(Multipart.get(port, draftPath + "/" + attachment, token("focal-point")).status()).isEqualTo(200);
    }

    static String json(String body, String field) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).get(field).asString();
    }
}
