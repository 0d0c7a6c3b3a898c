package org.pacto.dialogue.demo;

import java.util.List;
import org.pacto.dialogue.domain.ReportInput;
import org.pacto.dialogue.domain.ReportInput.RecommendationInput;

/**
 * The demo report of the Conversatorio: a short summary and recommendations written in Pacto's own words after the
 * topics of seed 003's sections 2 and 3 (not quotations). Like the seed's report, it names no actor.
 */
final class DemoReport {

    private DemoReport() {
    }

    static ReportInput input() {
        return new ReportInput("""
                Resumen de la relatoría (redactado para la demostración de Pacto a partir de los temas del informe).

                Primera sesión: reducción de las vulnerabilidades en la migración. Las intervenciones coincidieron en \
                que la vulnerabilidad nace sobre todo de las condiciones del trayecto y de la falta de vías regulares, \
                y en que la respuesta exige coordinar a los niveles nacional y local con la sociedad civil.

                Segunda sesión: integración socioeconómica. Se subrayó que la inclusión requiere inversión, \
                reconocimiento de competencias y la participación de las propias personas migrantes en el diseño de \
                las políticas que les conciernen.""",
                List.of(new RecommendationInput("Garantizar el acceso efectivo a la salud, la educación y la protección "
                                + "social de todas las personas migrantes, cualquiera sea su situación migratoria.",
                                List.of(7, 15), "governments"),
                        new RecommendationInput("Crear o reforzar mecanismos regionales de búsqueda e identificación de "
                                + "personas migrantes desaparecidas que incluyan a sus familias.", List.of(8),
                                "governments"),
                        new RecommendationInput("Abrir puntos de orientación en los municipios para las personas "
                                + "migrantes en situación de vulnerabilidad, con enfoque de género y de niñez.",
                                List.of(7, 15), "local-governments"),
                        new RecommendationInput("Formar al funcionariado nacional y local en la identificación de "
                                + "necesidades de protección a lo largo de la ruta migratoria.", List.of(7), "un"),
                        new RecommendationInput("Simplificar el reconocimiento de títulos y competencias y promover "
                                + "la contratación equitativa de trabajadoras y trabajadores migrantes.",
                                List.of(6, 18), "governments"),
                        new RecommendationInput("Incluir a las organizaciones de personas migrantes en los consejos y "
                                + "mesas locales donde se diseñan las políticas de integración.", List.of(16),
                                "local-governments"),
                        new RecommendationInput("Facilitar la apertura de cuentas, el crédito y el emprendimiento de "
                                + "personas migrantes y de las diásporas.", List.of(19), "governments"),
                        new RecommendationInput("Documentar y difundir a través del Mecanismo las prácticas de "
                                + "integración que puedan replicarse en otros países.", List.of(16),
                                "civil-society")));
    }
}
