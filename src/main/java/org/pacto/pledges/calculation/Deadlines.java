package org.pacto.pledges.calculation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Rules on dates: a pledge is overdue when its deadline has passed, it is still open (published
 * or in progress) and it is below 100 %; a reminder is due when an open pledge has had no progress
 * report for 12 months (counted from publication when it has none) or its deadline is within 30 days.
 */
public final class Deadlines {

    public static final int REMINDER_DAYS_BEFORE_DEADLINE = 30;
    public static final int STALE_AFTER_MONTHS = 12;

    private Deadlines() {
    }

    public static boolean open(String status) {
        return status.equals("published") || status.equals("in-progress");
    }

    public static boolean overdue(String status, @Nullable LocalDate deadline, double fulfilment, LocalDate today) {
        return open(status) && deadline != null && today.isAfter(deadline) && fulfilment < 100.0;
    }

    public static boolean deadlineNear(String status, @Nullable LocalDate deadline, LocalDate today) {
        if (!open(status) || deadline == null || deadline.isBefore(today)) {
            return false;
        }
        return ChronoUnit.DAYS.between(today, deadline) <= REMINDER_DAYS_BEFORE_DEADLINE;
    }

    public static boolean stale(String status, @Nullable LocalDate lastReport, LocalDate publishedOn, LocalDate today) {
        LocalDate since = lastReport != null ? lastReport : publishedOn;
        return open(status) && !since.plusMonths(STALE_AFTER_MONTHS).isAfter(today);
    }

    /** What to remind about today, so that a reminder is not repeated every day the rule holds. */
    public enum Reminder { NONE, DEADLINE, STALE }

    /**
     * A deadline reminder 30, 7 and 1 days before the deadline; a stale reminder on the day the
     * pledge reaches 12 months without a report, then every 30 days while none comes.
     */
    public static Reminder reminderDue(String status, @Nullable LocalDate deadline, @Nullable LocalDate lastReport,
                                       LocalDate publishedOn, LocalDate today) {
        if (!open(status)) {
            return Reminder.NONE;
        }
        if (deadline != null && !deadline.isBefore(today)) {
            long days = ChronoUnit.DAYS.between(today, deadline);
            if (days == 30 || days == 7 || days == 1) {
                return Reminder.DEADLINE;
            }
        }
        if (stale(status, lastReport, publishedOn, today)) {
            LocalDate since = lastReport != null ? lastReport : publishedOn;
            long over = ChronoUnit.DAYS.between(since.plusMonths(STALE_AFTER_MONTHS), today);
            if (over % 30 == 0) {
                return Reminder.STALE;
            }
        }
        return Reminder.NONE;
    }
}
