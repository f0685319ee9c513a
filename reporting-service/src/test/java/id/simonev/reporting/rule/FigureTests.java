package id.simonev.reporting.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FigureTests {

    @Test
    void aFigureHasAValueOrAReasonNeverBothNorNeither() {
        assertTrue(Figure.of(3).present());
        assertFalse(Figure.absent("no benefit estimate").present());
        assertThrows(IllegalArgumentException.class, () -> new Figure<>(3, "why"));
        assertThrows(IllegalArgumentException.class, () -> new Figure<>(null, null));
    }

    @Test
    void mappingKeepsTheReason() {
        assertEquals(Figure.of(6), Figure.of(3).map(value -> value * 2));
        assertEquals(Figure.absent("none"), Figure.<Integer>absent("none").map(value -> value * 2));
    }

    @Test
    void combiningGivesEveryReasonOnce() {
        assertEquals(Figure.of(5), Figure.combine(Figure.of(8), Figure.of(3), (a, b) -> a - b));
        assertEquals(Figure.absent("b"), Figure.combine(Figure.of(8), Figure.<Integer>absent("b"), (a, b) -> a - b));
        assertEquals(Figure.absent("a"), Figure.combine(Figure.<Integer>absent("a"), Figure.of(3), (a, b) -> a - b));
        assertEquals(Figure.absent("a; b"),
                Figure.combine(Figure.<Integer>absent("a"), Figure.<Integer>absent("b"), (a, b) -> a - b));
        assertEquals(Figure.absent("a"),
                Figure.combine(Figure.<Integer>absent("a"), Figure.<Integer>absent("a"), (a, b) -> a - b));
    }
}
