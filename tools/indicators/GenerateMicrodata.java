import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * SYNTHETIC data for Pacto's indicators module (demo, tests, benchmarks). Nothing it writes is an official figure.
 *
 * <pre>
 * java tools/indicators/GenerateMicrodata.java census ROWS OUT.csv [SEED] [COUNTRY]
 * java tools/indicators/GenerateMicrodata.java rpw OUT.csv [SEED]
 * </pre>
 *
 * census: census-like person records (weight, area, sex, age band, migratory status, citizenship, years since
 * arrival, country of birth, employment, monthly income). The share of foreign-born people is a parameter per
 * country, set near the orders of magnitude of UN DESA's International Migrant Stock 2020 (e.g. Uruguay about 3 %,
 * Brazil under 1 %, Chile about 8 %) — approximate on purpose, to give realistic-looking tables, not estimates.
 * Areas are Rivera's (Uruguay) localities for UY; generic "area-N" otherwise.
 *
 * rpw: remittance prices in Remittance Prices Worldwide's column layout (one row per service and period), with
 * invented firms and prices.
 *
 * Deterministic: the same arguments give the same bytes.
 */
public class GenerateMicrodata {

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("census")) {
            long seed = args.length > 3 ? Long.parseLong(args[3]) : 2018;
            census(Long.parseLong(args[1]), Path.of(args[2]), seed, args.length > 4 ? args[4] : "UY");
        } else if (args.length >= 2 && args[0].equals("rpw")) {
            rpw(Path.of(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 2018);
        } else {
            System.err.println("usage: census ROWS OUT.csv [SEED] [COUNTRY] | rpw OUT.csv [SEED]");
            System.exit(2);
        }
    }

    static double foreignBornShare(String country) {
        return switch (country) {
            case "UY" -> 0.031;
            case "BR" -> 0.005;
            case "AR" -> 0.048;
            case "CL" -> 0.086;
            case "CR" -> 0.103;
            default -> 0.05;
        };
    }

    static void census(long rows, Path out, long seed, String country) throws IOException {
        var random = new SplittableRandom(seed);
        String[] areas = country.equals("UY")
                ? new String[] {"rivera", "tranqueras", "vichadero", "minas_de_corrales", "rural"}
                : new String[] {"area-1", "area-2", "area-3", "area-4", "area-5"};
        double[] areaWeights = {0.70, 0.08, 0.05, 0.04, 0.13};
        String[] ages = {"0-14", "15-24", "25-34", "35-44", "45-54", "55-64", "65+"};
        double[] ageWeights = {0.20, 0.15, 0.14, 0.13, 0.12, 0.11, 0.15};
        String[] births = {"BR", "AR", "VE", "CU", "PY", "ES"};
        double[] birthWeights = {0.55, 0.15, 0.12, 0.08, 0.05, 0.05};
        double share = foreignBornShare(country);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("weight,area,sex,age_band,migratory_status,citizenship,years_since_arrival,birth_country,"
                    + "employed,income\n");
            var line = new StringBuilder();
            for (long i = 0; i < rows; i++) {
                String area = pick(areas, areaWeights, random);
                // the border city has more foreign-born people than the countryside (Brazilians in Rivera)
                double local = area.equals("rivera") || area.equals("area-1") ? share * 1.3
                        : area.equals("rural") || area.equals("area-5") ? share * 0.4 : share;
                boolean foreign = random.nextDouble() < local;
                String age = pick(ages, ageWeights, random);
                boolean adult = !age.equals("0-14");
                boolean employed = adult && !age.equals("65+") && random.nextDouble() < (foreign ? 0.68 : 0.61);
                long income = employed ? 8_000 + (long) (Math.abs(random.nextGaussian()) * 30_000) : 0;
                String arrival = foreign ? (random.nextDouble() < 0.4 ? "0-4" : random.nextDouble() < 0.5 ? "5-9" : "10+")
                        : "";
                line.setLength(0);
                line.append(15 + random.nextInt(11)).append(',').append(area).append(',')
                        .append(random.nextDouble() < 0.515 ? "F" : "M").append(',').append(age).append(',')
                        .append(foreign ? "foreign-born" : "native-born").append(',')
                        .append(foreign && random.nextDouble() > 0.35 ? "non-citizen" : "citizen").append(',')
                        .append(arrival).append(',').append(foreign ? pick(births, birthWeights, random) : country)
                        .append(',').append(employed ? "yes" : "no").append(',').append(income).append('\n');
                w.write(line.toString());
            }
        }
    }

    static void rpw(Path out, long seed) throws IOException {
        var random = new SplittableRandom(seed);
        String[][] corridors = {{"US", "MX"}, {"US", "GT"}, {"ES", "CO"}, {"BR", "UY"}, {"AR", "PY"}};
        String[] types = {"Bank", "Money Transfer Operator", "Post office", "Mobile operator"};
        String[] products = {"Account to cash", "Cash to cash", "Account to account", "Mobile wallet"};
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("period,source_code,destination_code,firm,firm_type,product,fee,fx_margin,total_cost_percent,"
                    + "speed_days,transparent,accessible\n");
            for (String period : new String[] {"2024Q1", "2024Q3", "2025Q1"}) {
                for (String[] c : corridors) {
                    double level = switch (c[1]) {
                        case "MX" -> 4.0;
                        case "GT" -> 4.8;
                        case "CO" -> 5.5;
                        case "UY" -> 7.5;
                        default -> 6.5;
                    } * (period.equals("2024Q1") ? 1.1 : period.equals("2024Q3") ? 1.0 : 0.93);
                    for (int f = 1; f <= 8; f++) {
                        String type = types[random.nextInt(types.length)];
                        double fee = Math.max(0, level * 2 * (0.3 + random.nextDouble() * 0.9));
                        double margin = Math.max(0, level * (0.1 + random.nextDouble() * 0.6));
                        double total = fee / 200 * 100 + margin;
                        w.write(String.format(Locale.ROOT, "%s,%s,%s,Synthetic firm %c%d,%s,%s,%.2f,%.2f,%.2f,%d,%s,%s%n",
                                period, c[0], c[1], (char) ('A' + f - 1), f, type,
                                products[random.nextInt(products.length)], fee, margin, total,
                                type.equals("Bank") ? 1 + random.nextInt(6) : random.nextInt(3),
                                random.nextDouble() < 0.8, random.nextDouble() < 0.85));
                    }
                }
            }
        }
    }

    static String pick(String[] values, double[] weights, SplittableRandom random) {
        double x = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
