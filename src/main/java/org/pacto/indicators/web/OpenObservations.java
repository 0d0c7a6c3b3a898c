package org.pacto.indicators.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pacto.indicators.Indicator;
import org.pacto.indicators.domain.Observation;
import org.pacto.indicators.domain.Observations;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Observations as open data. SDMX-CSV follows the SDMX-CSV 1.0 layout (first column DATAFLOW with agency, id and
 * version; then dimensions, OBS_VALUE and attributes); the dimensions are those of the SDG data structure Pacto can
 * fill: SERIES, REF_AREA, TIME_PERIOD and BREAKDOWN (the breakdown as {@code key=value;…}).
 */
@Component
class OpenObservations {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final String DATAFLOW = "PACTO:GCM_INDICATORS(1.0)";

    private final Observations observations;

    OpenObservations(Observations observations) {
        this.observations = observations;
    }

    record ObservationView(String area, String areaName, String period, java.math.BigDecimal value, String unit,
                           Map<String, String> breakdown, @Nullable String dataset, @Nullable Integer datasetVersion,
                           String source, boolean synthetic) {
        static ObservationView of(Observation o) {
            return new ObservationView(o.areaCode(), o.areaName(), o.period(), o.value(), o.unit(), o.breakdown(),
                    o.dataset() == null ? null : o.dataset().toString(), o.datasetVersion(), o.source(), o.synthetic());
        }
    }

    record ObservationsAnswer(String indicator, int total, List<ObservationView> observations) {
    }

    ResponseEntity<?> answer(Indicator indicator, @Nullable String area, @Nullable String period,
                             @Nullable String format, @Nullable String accept) {
        if (format != null && !format.equals("sdmx-csv") && !format.equals("csv") && !format.equals("json")) {
            throw new InvalidInputException(new FieldProblem("format", "unknown-format"));
        }
        if (area != null && area.length() > 40 || period != null && period.length() > 10) {
            throw new InvalidInputException(new FieldProblem(area != null && area.length() > 40 ? "area" : "period",
                    "too-long", area != null && area.length() > 40 ? 40 : 10));
        }
        List<Observation> list = observations.of(indicator.code(), area, period);
        if ("sdmx-csv".equals(format)) {
            return file(sdmx(indicator, list), indicator.code() + "-sdmx.csv");
        }
        boolean csv = "csv".equals(format) || format == null && accept != null && accept.contains("text/csv");
        if (csv) {
            return file(csv(list), indicator.code() + ".csv");
        }
        if (format == null && accept != null && !accept.isBlank() && !acceptsJson(accept)) {
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
        }
        return ResponseEntity.ok(new ObservationsAnswer(indicator.code(), list.size(),
                list.stream().map(ObservationView::of).toList()));
    }

    private static boolean acceptsJson(String accept) {
        return accept.contains("json") || accept.contains("*/*") || accept.contains("application/*");
    }

    static String csv(List<Observation> list) {
        var out = new StringBuilder("indicator,area,area_name,period,breakdown,value,unit,dataset,dataset_version,"
                + "source,synthetic\r\n");
        for (Observation o : list) {
            out.append(String.join(",", o.indicator(), cell(o.areaCode()), cell(o.areaName()), cell(o.period()),
                    cell(breakdown(o.breakdown())), o.value().stripTrailingZeros().toPlainString(), o.unit(),
                    o.dataset() == null ? "" : o.dataset().toString(),
                    o.datasetVersion() == null ? "" : o.datasetVersion().toString(), cell(o.source()),
                    String.valueOf(o.synthetic()))).append("\r\n");
        }
        return out.toString();
    }

    static String sdmx(Indicator indicator, List<Observation> list) {
        var out = new StringBuilder("DATAFLOW,SERIES,REF_AREA,TIME_PERIOD,BREAKDOWN,OBS_VALUE,UNIT_MEASURE,"
                + "NATURE,SOURCE_DETAIL\r\n");
        for (Observation o : list) {
            out.append(String.join(",", DATAFLOW, indicator.code(), cell(o.areaCode()), cell(o.period()),
                    cell(breakdown(o.breakdown())), o.value().stripTrailingZeros().toPlainString(),
                    o.unit().toUpperCase(java.util.Locale.ROOT),
                    // NATURE as in the SDG DSD's code list spirit: C computed by Pacto; SYN marks synthetic demo data
                    o.synthetic() ? "SYN" : "C", cell(o.source()))).append("\r\n");
        }
        return out.toString();
    }

    static String breakdown(Map<String, String> breakdown) {
        return breakdown.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    /** Quotes a CSV cell when needed; a leading =, +, - or @ is neutralised so spreadsheets do not run it. */
    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static ResponseEntity<String> file(String body, String name) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + name).body(body);
    }
}
