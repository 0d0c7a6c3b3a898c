package org.pacto.practices;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pacto.platform.Language;
import org.pacto.practices.template.FilledTemplates;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.Multipart;
import org.pacto.support.PactoTest;
import org.pacto.taxonomy.Framework;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The practice template over real HTTP: downloads, reading a completed one (API and page), refused files. */
@PactoTest
class PracticeTemplateTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Framework framework;

    byte[] download(String format, String language) {
        var answer = Multipart.get(port, "/practices/template." + format + "?lang=" + language, null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    Map<String, String> complete() {
        String humanRights = framework.principle("human-rights", Language.ES).orElseThrow().title();
        String theme = framework.terms(org.pacto.taxonomy.Scheme.THEME, Language.EN).getFirst().code();
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("language", "es");
        answers.put("title", "Ventanilla única para personas migrantes");
        answers.put("summary", "Una oficina municipal reúne trámites y orientación.");
        answers.put("description", "Contexto de la práctica.\nActividades y recursos.");
        answers.put("type", "Servicio");
        answers.put("level", "local");
        answers.put("countries", "AR, México");
        answers.put("locality", "Quilmes");
        answers.put("startDate", "15/03/2022");
        answers.put("endDate", "2024-12-31");
        answers.put("objectives", "Objetivo 15, 1");
        answers.put("principles", "whole-of-government, " + humanRights);
        answers.put("sdgTargets", "10.7, 8.8");
        answers.put("themes", theme);
        answers.put("targetPopulation", "Personas migrantes recién llegadas.");
        answers.put("results", "3.200 personas atendidas en 2023.");
        answers.put("monitoring", "Registro mensual de atenciones.");
        answers.put("lessons", "La coordinación con el consulado fue clave.");
        answers.put("replication", "Un local, dos personas y un convenio.");
        answers.put("budget", "USD 40.000 al año, fondos municipales.");
        answers.put("partners", "Municipalidad de Quilmes\nOIM Argentina");
        answers.put("links", "https://example.org/informe\nhttps://example.org/video");
        answers.put("contactName", "Ana Pérez");
        answers.put("contactEmail", "ana.perez@example.org");
        answers.put("contactPhone", "+54 11 5555-0000");
        return answers;
    }

    long practices() {
        return jdbc.sql("select count(*) from practices.practice").query(Long.class).single();
    }

    Multipart.Raw upload(byte[] file, String name, String token) {
        return new Multipart().file("file", name, "application/octet-stream", file)
                .post(port, "/api/v1/practices/template", token);
    }

    String focalToken() {
        return DemoAccounts.withRole("focal-point").token();
    }

    @ParameterizedTest
    @CsvSource({"docx,es,Población destinataria", "docx,en,Target population", "odt,fr,Population cible",
        "odt,en,Target population"})
    void theTemplateDownloadsInThePageLanguageWithEveryFieldKey(String format, String language, String label)
            throws Exception {
        var answer = Multipart.get(port, "/practices/template." + format + "?lang=" + language, null);
        assertThat(answer.header("Content-Type")).startsWith(format.equals("docx")
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/vnd.oasis.opendocument.text");
        assertThat(answer.header("Content-Disposition")).startsWith("attachment")
                .contains("pacto-practice-template-" + language + "." + format);
        var entries = FilledTemplates.entries(answer.body());
        String xml;
        if (format.equals("docx")) {
            assertThat(entries).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                    "word/_rels/document.xml.rels", "word/styles.xml");
            xml = new String(entries.get("word/document.xml"), StandardCharsets.UTF_8);
            try (var poi = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                    new java.io.ByteArrayInputStream(answer.body()))) {
                assertThat(poi.getTables().getFirst().getRows()).hasSize(26);
            }
        } else {
            assertThat(entries.keySet().iterator().next()).isEqualTo("mimetype");
            assertThat(new String(entries.get("mimetype"), StandardCharsets.US_ASCII))
                    .isEqualTo("application/vnd.oasis.opendocument.text");
            assertThat(entries).containsKeys("META-INF/manifest.xml", "content.xml", "styles.xml");
            xml = new String(entries.get("content.xml"), StandardCharsets.UTF_8);
        }
        for (String key : List.of("language", "title", "summary", "objectives", "principles", "countries",
                "startDate", "results", "contactEmail")) {
            assertThat(xml).contains(">" + key + "<");
        }
        String objective15 = framework.objective(15, Language.fromCode(language).orElseThrow()).orElseThrow()
                .shortTitle();
        assertThat(xml).contains(label).contains("15. " + objective15.replace("&", "&amp;").replace("<", "&lt;"))
                .contains("whole-of-government");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void aCompletedTemplateGivesBackEveryFieldAndStoresNothing(String format) throws Exception {
        long before = practices();
        byte[] filled = FilledTemplates.fill(download(format, "es"), complete());
        var answer = upload(filled, "practica." + format, focalToken());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        var body = new Api.Response(200, Map.of(), answer.text()).json();
        var fields = body.get("fields");
        assertThat(body.get("format").asString()).isEqualTo(format);
        assertThat(body.get("missing")).isEmpty();
        assertThat(body.get("problems")).as(answer.text()).isEmpty();
        assertThat(fields.get("language").asString()).isEqualTo("es");
        assertThat(fields.get("title").asString()).isEqualTo("Ventanilla única para personas migrantes");
        assertThat(fields.get("description").asString()).isEqualTo("Contexto de la práctica.\nActividades y recursos.");
        assertThat(fields.get("type").asString()).isEqualTo("service");
        assertThat(fields.get("level").asString()).isEqualTo("local");
        assertThat(fields.get("countries").toString()).isEqualTo("[\"AR\",\"MX\"]");
        assertThat(fields.get("startDate").asString()).isEqualTo("2022-03-15");
        assertThat(fields.get("endDate").asString()).isEqualTo("2024-12-31");
        assertThat(fields.get("objectives").toString()).isEqualTo("[15,1]");
        assertThat(fields.get("principles").toString()).isEqualTo("[\"whole-of-government\",\"human-rights\"]");
        assertThat(fields.get("sdgTargets").toString()).isEqualTo("[\"10.7\",\"8.8\"]");
        assertThat(fields.get("themes")).hasSize(1);
        assertThat(fields.get("partners").toString()).isEqualTo("[\"Municipalidad de Quilmes\",\"OIM Argentina\"]");
        assertThat(fields.get("links")).hasSize(2);
        assertThat(fields.get("results").asString()).isEqualTo("3.200 personas atendidas en 2023.");
        assertThat(fields.get("contact").get("email").asString()).isEqualTo("ana.perez@example.org");
        assertThat(fields.get("contact").get("phone").asString()).isEqualTo("+54 11 5555-0000");
        assertThat(fields.size()).isEqualTo(23);
        assertThat(practices()).isEqualTo(before);
    }

    @Test
    void anIncompleteTemplateFillsWhatItCanAndListsTheRest() throws Exception {
        byte[] filled = FilledTemplates.fill(download("odt", "en"), Map.of("title", "Half done",
                "objectives", "Objective 99, 4", "countries", "AR, Narnia", "startDate", "31/02/2023"));
        var answer = new Multipart().file("file", "half.odt", "application/vnd.oasis.opendocument.text", filled)
                .post(port, "/api/v1/practices/template?lang=en", DemoAccounts.withRole("member").token());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        var body = new Api.Response(200, Map.of(), answer.text()).json();
        assertThat(body.get("fields").get("title").asString()).isEqualTo("Half done");
        assertThat(body.get("fields").get("objectives").toString()).isEqualTo("[4]");
        assertThat(body.get("fields").get("countries").toString()).isEqualTo("[\"AR\"]");
        assertThat(body.get("fields").has("startDate")).isFalse();
        assertThat(body.get("missing").toString()).contains("\"summary\"", "\"description\"", "\"results\"")
                .doesNotContain("\"title\"");
        assertThat(body.get("problems").toString())
                .contains("{\"field\":\"objectives\",\"code\":\"unknown-objective\"")
                .contains("\"template-unknown-country\"").contains("Narnia")
                .contains("\"field\":\"startDate\",\"code\":\"invalid-date\"");
    }

    @Test
    void malformedFilesAreRefusedWithAProblemAndNothingIsStored() throws Exception {
        long before = practices();
        byte[] random = new byte[5000];
        new Random(3).nextBytes(random);
        var docx = FilledTemplates.entries(download("docx", "es"));
        var broken = new LinkedHashMap<>(docx);
        broken.put("word/document.xml", "<w:document><w:body><w:p>".getBytes(StandardCharsets.UTF_8));
        var xxe = new LinkedHashMap<>(docx);
        xxe.put("word/document.xml", ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<d>&x;</d>").getBytes(StandardCharsets.UTF_8));
        var bomb = new LinkedHashMap<>(docx);
        bomb.put("word/media/zeros.bin", new byte[11 * 1024 * 1024]);
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("template-wrong-kind random", random);
        cases.put("template-wrong-kind empty zip", FilledTemplates.zip(Map.of()));
        cases.put("template-wrong-kind png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        cases.put("template-unreadable broken xml", FilledTemplates.zip(broken));
        cases.put("template-unreadable xxe", FilledTemplates.zip(xxe));
        cases.put("template-too-large bomb", FilledTemplates.zip(bomb));
        for (var c : cases.entrySet()) {
            var answer = upload(c.getValue(), "practica.docx", focalToken());
            assertThat(answer.status()).as(c.getKey()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            var problem = new Api.Response(400, Map.of(), answer.text()).json();
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
            assertThat(problem.get("errors").get(0).get("code").asString()).as(c.getKey())
                    .isEqualTo(c.getKey().substring(0, c.getKey().indexOf(' ')));
            assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
            assertThat(answer.text()).doesNotContain("root:");
        }
        var english = new Multipart().file("file", "x.docx", "application/octet-stream", random)
                .post(port, "/api/v1/practices/template?lang=en", focalToken());
        assertThat(english.text()).contains("The file is neither a DOCX nor an ODT document.");
        assertThat(practices()).isEqualTo(before);
    }

    @Test
    void anonymousUploadsAreUnauthorised() {
        assertThat(upload(new byte[] {1, 2, 3}, "x.docx", null).status()).isEqualTo(401);
    }

    @Test
    void theSubmissionPageOffersTheTemplateAndShowsTheFormPrefilled() throws Exception {
        var focal = DemoAccounts.withRole("focal-point");
        Api api = Api.at(port);
        assertThat(api.submitForm("/login", "/login", Map.of("username", focal.email(), "password", focal.password()))
                .status()).isEqualTo(302);
        var page = api.get("/practices/new?lang=es");
        assertThat(page.body()).contains("/practices/template.docx?lang=es").contains("/practices/template.odt?lang=es")
                .contains("Llenar desde una plantilla completada");
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        long before = practices();
        Map<String, String> answers = new LinkedHashMap<>(complete());
        answers.remove("summary");
        answers.remove("results");
        var body = new Multipart().file("file", "practica.docx", "application/octet-stream",
                FilledTemplates.fill(download("docx", "es"), answers));
        var filled = api.postBytes("/practices/new/template?_csrf=" + csrf.group(1), body.contentType(), body.bytes());
        assertThat(filled.status()).isEqualTo(200);
        assertThat(filled.body()).contains("id=\"template-filled\"")
                .contains("value=\"Ventanilla única para personas migrantes\"")
                .contains("value=\"AR,MX\"").contains("value=\"2022-03-15\"")
                .contains("data-field=\"summary\"").contains("data-field=\"results\"")
                .doesNotContain("data-field=\"title\"").contains("sin respuesta");
        assertThat(filled.body()).containsPattern("value=\"15\"\\s+checked");

        var refused = new Multipart().file("file", "foto.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        var answer = api.postBytes("/practices/new/template?_csrf=" + csrf.group(1), refused.contentType(),
                refused.bytes());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"template-refused\"")
                .contains("El archivo no es un documento DOCX ni ODT.");
        assertThat(practices()).isEqualTo(before);
    }
}
