package org.pacto.services.calculation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service point's opening hours, written the way a notice board writes them and read for "open now":
 * {@code mo-fr 09:00-16:00; sa 09:00-12:00}, or {@code 24/7}. Days are {@code mo tu we th fr sa su}, alone, as a
 * range or a comma list ({@code mo,we}); a time range may not cross midnight (write two). The text is kept as
 * written and shown as is; only its meaning is parsed.
 */
public record OpeningHours(String text, List<Slot> slots, boolean always) {

    private static final List<String> DAYS = List.of("mo", "tu", "we", "th", "fr", "sa", "su");
    private static final Pattern SLOT = Pattern.compile(
            "([a-z]{2}(?:-[a-z]{2})?(?:,[a-z]{2}(?:-[a-z]{2})?)*)\\s+([0-2]\\d:[0-5]\\d)-([0-2]\\d:[0-5]\\d)");

    /** Days on which a point opens from one time to another. */
    public record Slot(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        public Slot {
            days = Set.copyOf(days);
        }
    }

    public OpeningHours {
        slots = List.copyOf(slots);
    }

    /** The parsed hours, or empty when the text does not follow the format. */
    public static Optional<OpeningHours> parse(String text) {
        String normal = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (normal.equals("24/7")) {
            return Optional.of(new OpeningHours(text.strip(), List.of(), true));
        }
        List<Slot> slots = new ArrayList<>();
        for (String part : normal.split(";")) {
            Matcher m = SLOT.matcher(part.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            Optional<Set<DayOfWeek>> days = days(m.group(1));
            Optional<LocalTime> from = time(m.group(2));
            Optional<LocalTime> to = time(m.group(3));
            if (days.isEmpty() || from.isEmpty() || to.isEmpty() || !from.get().isBefore(to.get())) {
                return Optional.empty();
            }
            slots.add(new Slot(days.get(), from.get(), to.get()));
        }
        return Optional.of(new OpeningHours(text.strip(), slots, false));
    }

    /** Whether the point is open at that local day and time (from inclusive, to exclusive). */
    public boolean openAt(DayOfWeek day, LocalTime time) {
        return always || slots.stream().anyMatch(s -> s.days().contains(day) && !time.isBefore(s.from())
                && time.isBefore(s.to()));
    }

    private static Optional<Set<DayOfWeek>> days(String list) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : list.split(",")) {
            String[] range = item.split("-");
            int first = DAYS.indexOf(range[0]);
            int last = DAYS.indexOf(range.length > 1 ? range[1] : range[0]);
            if (first < 0 || last < 0 || last < first) {
                return Optional.empty();
            }
            for (int d = first; d <= last; d++) {
                days.add(DayOfWeek.of(d + 1));
            }
        }
        return Optional.of(days);
    }

    private static Optional<LocalTime> time(String text) {
        int hour = Integer.parseInt(text.substring(0, 2));
        int minute = Integer.parseInt(text.substring(3));
        if (hour > 23) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
