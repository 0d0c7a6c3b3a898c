package org.pacto.mobility.demo;

import java.util.List;
import org.pacto.mobility.domain.ProcedureInput;
import org.pacto.mobility.domain.ProcedureInput.StepInput;
import org.pacto.mobility.domain.RecognitionProcedures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: recognition procedures for the professions and trades the seeds discuss (health, engineering,
 * teaching, construction technicians, care), in three member countries of the Regional Conference on Migration.
 * Institution, legal basis and link come from the official pages read on {@value #READ_ON} (through a stored copy);
 * the step durations are ILLUSTRATIVE (the pages give none) and the procedures are marked synthetic; no cost is
 * given because the pages read did not state one. None is marked verified by a focal point.
 * Idempotent: a procedure whose institution already exists in that country is left alone.
 */
@Component
@Order(40)
class DemoProcedures implements ApplicationRunner {

    static final String READ_ON = "2026-12-02";

    private static final Logger log = LoggerFactory.getLogger(DemoProcedures.class);

    private final boolean demo;
    private final RecognitionProcedures procedures;

    DemoProcedures(@Value("${pacto.demo:false}") boolean demo, RecognitionProcedures procedures) {
        this.demo = demo;
        this.procedures = procedures;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        int added = 0;
        for (ProcedureInput p : all()) {
            if (!procedures.exists(p.institution(), p.country())) {
                procedures.createDemo(p, true);
                added++;
            }
        }
        log.info("Demo mobility: {} recognition procedures added", added);
    }

    static List<ProcedureInput> all() {
        return List.of(
                new ProcedureInput("CR", "degree-revalidation",
                        "CONARE — Oficina de Reconocimiento y Equiparación (ORE) y la universidad estatal designada",
                        List.of("2211", "2221", "2142", "2341"),
                        List.of(step(1, "Registro en línea y solicitud con los documentos legalizados o apostillados",
                                        0, 10, "Formulario de solicitud; título y certificado de notas legalizados", true),
                                step(2, "Revisión por la Comisión de Reconocimiento y Equiparación (sesiona dos veces al mes)",
                                        5, 30, "", false),
                                step(3, "Dictamen de la universidad estatal que ofrece la carrera equivalente",
                                        30, 120, "Programas de los cursos, si se piden", false)),
                        "Convenio de Coordinación de la Educación Superior Universitaria Estatal en Costa Rica (1982), "
                                + "art. 30, y su reglamento",
                        "https://ore.conare.ac.cr/xhtml/paginas/info/instrucciones.xhtml",
                        "Si no puede presentar algún documento por fuerza mayor, la Comisión puede estudiar el caso "
                                + "con lo presentado.", READ_ON),
                new ProcedureInput("MX", "degree-revalidation",
                        "Secretaría de Educación Pública — Subsecretaría de Educación Media Superior",
                        List.of("3221", "3112"),
                        List.of(step(1, "Solicitud de revalidación con acta de nacimiento y documentos de estudios",
                                        0, 5, "Acta de nacimiento (original y copia); documentos que acrediten los estudios",
                                        false),
                                step(1, "Pago de derechos", 0, 2, "Comprobante de pago", true),
                                step(2, "Dictamen y resolución de revalidación total o parcial", 5, 30, "", false)),
                        "Acuerdo número 286 de la SEP (lineamientos de revalidación de estudios realizados en el extranjero)",
                        "https://catalogonacional.gob.mx/FichaTramite?traHomoclave=SEP-25-004",
                        "El catálogo nacional de trámites describe requisitos y formato.", READ_ON),
                new ProcedureInput("MX", "skills-certification",
                        "CONOCER (Consejo Nacional de Normalización y Certificación de Competencias Laborales) "
                                + "con el Instituto Nacional de Geriatría como entidad de certificación y evaluación",
                        List.of("5322", "5321"),
                        List.of(step(1, "Diagnóstico frente al estándar de competencia", 1, 7, "", false),
                                step(2, "Evaluación del desempeño por la entidad de certificación", 1, 15, "", false),
                                step(3, "Emisión del certificado de competencia", 10, 45, "", true)),
                        "Convenio CONOCER–INGER para certificar a personas cuidadoras de personas mayores",
                        "https://conocer.gob.mx/prensa/fortalecimiento-interinstitucional-a-favor-de-las-personas-adultas-mayores/",
                        "", READ_ON),
                new ProcedureInput("DO", "professional-licence",
                        "Ministerio de Educación Superior, Ciencia y Tecnología (MESCyT) — Departamento de Exequátur",
                        List.of("2211", "2142", "2161"),
                        List.of(step(1, "Legalización de los documentos académicos en el MESCyT", 5, 20,
                                        "Título y récord de notas oficiales", false),
                                step(2, "Solicitud de exequátur y verificación de requisitos", 10, 45, "", false),
                                step(3, "Autorización para ejercer mediante decreto del Poder Ejecutivo", 30, 90, "", false)),
                        "Ley núm. 139-01 de Educación Superior, Ciencia y Tecnología; exequátur por decreto del Poder Ejecutivo",
                        "https://presidencia.gob.do/noticias/mescyt-imparte-taller-sobre-procesos-de-exequatur-directores-de-registros-de-universidades",
                        "", READ_ON));
    }

    private static StepInput step(int order, String title, int min, int max, String documents, boolean online) {
        return new StepInput(order, title, min, max, null, documents, online);
    }
}
