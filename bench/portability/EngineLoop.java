import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pacto.portability.calculation.CalculationRequest;
import org.pacto.portability.calculation.Claim;
import org.pacto.portability.calculation.InsurancePeriod;
import org.pacto.portability.calculation.PeriodKind;
import org.pacto.portability.calculation.Person;
import org.pacto.portability.calculation.PortabilityCalculator;
import org.pacto.portability.calculation.ReferenceEarnings;
import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.catalog.Catalog;

/**
 * The engine alone, one thread, on the careers BatchDriver generates (same seed and mix): CPU time per
 * career of {@code PortabilityCalculator.calculate} with the standard catalog, without steps where the
 * engine can leave them out ({@code calculate(request, catalog, false)}), else with them. Runs against any
 * build's classes, so two builds can be compared minutes apart on the same machine:
 *
 * <pre>java -cp target/classes bench/portability/EngineLoop.java [CAREERS] [PASSES]</pre>
 */
public class EngineLoop {

    private static final String[] COUNTRIES = {"ES", "EC", "CO", "PE", "AR", "BR", "UY", "PY", "CL", "PT"};
    private static final String[] CURRENCY = {"EUR", "USD", "COP", "PEN", "ARS", "BRL", "UYU", "PYG", "CLP", "EUR"};

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmPasses = passes / 2;
        long cpuStart = 0;
        List<CalculationRequest> careers = careers(count, new Random(22));
        PortabilityCalculator calculator = new PortabilityCalculator();
        Catalog catalog = Catalog.standard();
        Method withoutSteps = null;
        try {
            withoutSteps = PortabilityCalculator.class.getMethod("calculate", CalculationRequest.class, Catalog.class,
                    boolean.class);
        } catch (NoSuchMethodException e) {
            // an engine from before the explain flag: steps are always built
        }
        // CPU time of this thread, not wall time: on a shared machine the wall clock measures the others' load.
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < passes; pass++) {
            if (pass == warmPasses) {
                cpuStart = threads.getCurrentThreadCpuTime();
            }
            for (CalculationRequest request : careers) {
                if (withoutSteps != null) {
                    withoutSteps.invoke(calculator, request, catalog, false);
                } else {
                    calculator.calculate(request, catalog);
                }
            }
        }
        double micros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / ((long) (passes - warmPasses) * count);
        System.out.printf("%s: %.1f µs of CPU per career = %.0f careers/min per core (%d careers x %d passes after"
                        + " %d warm-up passes)%n", withoutSteps == null ? "engine with steps (no flag)" : "engine without steps",
                micros, 60e6 / micros, count, passes - warmPasses, warmPasses);
    }

    private static List<CalculationRequest> careers(int count, Random random) {
        List<CalculationRequest> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int birthYear = 1950 + random.nextInt(15);
            LocalDate claim = LocalDate.of(2026, 1 + random.nextInt(10), 1);
            int n = 1 + random.nextInt(4);
            LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(9), 15);
            Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
            int first = random.nextInt(COUNTRIES.length);
            List<InsurancePeriod> periods = new ArrayList<>();
            Map<String, ReferenceEarnings> earnings = new HashMap<>();
            LocalDate from = LocalDate.of(birthYear + 18 + random.nextInt(6), 1 + random.nextInt(12), 1);
            String last = COUNTRIES[first];
            for (int p = 0; p < n; p++) {
                int c = (first + p * 3) % COUNTRIES.length;
                last = COUNTRIES[c];
                int months = random.nextInt(10) == 0 ? 3 + random.nextInt(8) : 24 + random.nextInt(180);
                LocalDate to = from.plusMonths(months).minusDays(1);
                if (to.isAfter(claim)) {
                    to = claim.minusDays(1);
                }
                if (!from.isBefore(to)) {
                    break;
                }
                periods.add(new InsurancePeriod(last, from, to, PeriodKind.COMPULSORY));
                if (random.nextInt(3) > 0) {
                    earnings.put(last, new ReferenceEarnings(BigDecimal.valueOf(500 + random.nextInt(3000)), CURRENCY[c]));
                }
                from = to.plusDays(random.nextInt(5) == 0 ? -60 : 1 + random.nextInt(400));
            }
            out.add(new CalculationRequest(new Person(birth, sex), new Claim("old-age", claim, last), periods, earnings));
        }
        return out;
    }
}
