package id.simonev.reporting.rule;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A figure of a program's evaluation, or why there is none: exactly one of the two is set. A report
 * shows the reason where the figure would stand ("not enough data: the comparison group has no value
 * in the window before the program", "no benefit estimate"), so that a missing figure never reads as 0.
 *
 * @param value  the figure; null when there is none
 * @param reason why there is none; null when there is a figure
 */
public record Figure<T>(T value, String reason) {

    public Figure {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("A figure has either a value or the reason it has none");
        }
    }

    public static <T> Figure<T> of(T value) {
        return new Figure<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Figure<T> absent(String reason) {
        return new Figure<>(null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean present() {
        return value != null;
    }

    public <R> Figure<R> map(Function<? super T, ? extends R> mapping) {
        return present() ? of(mapping.apply(value)) : absent(reason);
    }

    /**
     * A figure computed from two others: absent when either is, with the reasons of both when both
     * are absent (once when they are the same).
     */
    public static <A, B, R> Figure<R> combine(Figure<A> first, Figure<B> second,
                                              BiFunction<? super A, ? super B, ? extends R> combination) {
        if (first.present() && second.present()) {
            return of(combination.apply(first.value(), second.value()));
        }
        if (first.present() || second.present()) {
            return absent(first.present() ? second.reason() : first.reason());
        }
        return absent(first.reason().equals(second.reason()) ? first.reason()
                : first.reason() + "; " + second.reason());
    }
}
