package org.pacto.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a comma-separated file split into its fields (RFC 4180 quoting: a field in double quotes may hold
 * commas, and a doubled quote inside it is one quote). A quoted field does not span lines in the files Pacto reads
 * (classifications it ships, datasets it checks before loading), so one line is one record.
 */
public final class CsvLine {

    private CsvLine() {
    }

    public static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
