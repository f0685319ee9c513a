package id.simonev.programs.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Golongan: the two scales, every value of each, and how offices write them. */
class EmployeeRankTests {

    private static final List<String> PNS = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
            "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");
    private static final List<String> PPPK = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII");

    @Test
    void aPnsHasTheSeventeenGolonganRuangAndAPppkTheSeventeenGrades() {
        assertEquals(PNS, EmploymentStatus.PNS.ranks());
        assertEquals(PPPK, EmploymentStatus.PPPK.ranks());
    }

    @ParameterizedTest
    @EnumSource(EmploymentStatus.class)
    void eachRankIsOfItsOwnScaleOnly(EmploymentStatus status) {
        EmploymentStatus other = status == EmploymentStatus.PNS ? EmploymentStatus.PPPK : EmploymentStatus.PNS;
        for (String rank : status.ranks()) {
            assertEquals(Optional.empty(), status.refusal(rank), rank);
            assertEquals(Optional.of(other == EmploymentStatus.PNS
                    ? "must be a golongan/ruang of a PNS, I/a to IV/e (" + rank + " is a golongan of a PPPK)"
                    : "must be a golongan of a PPPK, I to XVII (" + rank + " is a golongan/ruang of a PNS)"),
                    other.refusal(rank), rank);
        }
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "III/a | III/a", "iii/A | III/a", "' III / a ' | III/a", "iv/E | IV/e", "ix | IX", "' xvii ' | XVII",
            "IV/f | IV/f", "Penata Muda | Penata Muda", "' 3a ' | 3a"})
    void officesSpellingsAreReadAsTheOneSpellingKept(String written, String kept) {
        assertEquals(kept, EmploymentStatus.canonicalRank(written));
    }

    @Test
    void noGolonganIsNone() {
        assertNull(EmploymentStatus.canonicalRank(null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "PNS | I/e | must be a golongan/ruang of a PNS, I/a to IV/e",
            "PNS | IV/f | must be a golongan/ruang of a PNS, I/a to IV/e",
            "PNS | V/a | must be a golongan/ruang of a PNS, I/a to IV/e",
            "PPPK | XVIII | must be a golongan of a PPPK, I to XVII",
            "PPPK | 3a | must be a golongan of a PPPK, I to XVII",
            "PPPK | '' | must be a golongan of a PPPK, I to XVII"})
    void beyondEitherScaleIsRefusedSayingWhatIsAccepted(EmploymentStatus status, String rank, String reason) {
        assertEquals(Optional.of(reason), status.refusal(rank));
    }
}
