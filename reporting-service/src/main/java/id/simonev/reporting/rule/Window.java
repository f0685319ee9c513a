package id.simonev.reporting.rule;

import java.time.LocalDate;
import java.util.List;

/**
 * The consecutive periods, oldest first, over which a figure is taken before or after a program:
 * an indicator's capaian of the periods listed, a unit's IKM from the responses dated in them.
 */
public record Window(List<Period> periods) {

    public Window {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("A window has at least one period");
        }
    }

    public LocalDate start() {
        return periods.get(0).start();
    }

    public LocalDate end() {
        return periods.get(periods.size() - 1).end();
    }

    /** Whether a day (a response's survey date) falls in the window, its ends included. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** The periods' codes, as the events carry them. */
    public List<String> codes() {
        return periods.stream().map(Period::code).toList();
    }
}
