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
}
