package id.simonev.programs.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTests {

    @Test
    void domainsExampleReadsAsItsParts() {
        Nip nip = ((Nip.Valid) Nip.read("196711101992031001")).nip();

        assertEquals(LocalDate.of(1967, 11, 10), nip.birthDate());
        assertEquals(YearMonth.of(1992, 3), nip.appointed());
        assertEquals(Nip.Gender.L, nip.gender());
        assertEquals(1, nip.sequence());
    }

    @ParameterizedTest(name = "{0} is valid")
    @CsvSource({
            "198503152010012999, P",
            "200002292024121002, L",
            "197001011990011500, L",
            "199912312025011001, L",
            "198001012001022001, P"
    })
    void validNipsReadWithTheirGender(String value, Nip.Gender gender) {
        assertEquals(gender, ((Nip.Valid) Nip.read(value)).nip().gender());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "19671110199203100, must be 18 digits",
            "1967111019920310011, must be 18 digits",
            "19671110199203100A, must be 18 digits",
            "' 96711101992031001', must be 18 digits",
            "196713101992031001, holds an impossible birth date 19671310",
            "196700101992031001, holds an impossible birth date 19670010",
            "196711001992031001, holds an impossible birth date 19671100",
            "196702301992031001, holds an impossible birth date 19670230",
            "190002291992031001, holds an impossible birth date 19000229",
            "196711101992131001, holds an impossible appointment month 199213",
            "196711101992001001, holds an impossible appointment month 199200",
            "196711101967111001, holds an appointment month 1967-11 not after the birth date 1967-11-10",
            "196711101960011001, holds an appointment month 1960-01 not after the birth date 1967-11-10",
            "196711101992030001, holds gender digit 0 where 1 (male) or 2 (female) belongs",
            "196711101992033001, holds gender digit 3 where 1 (male) or 2 (female) belongs",
            "196711101992039001, holds gender digit 9 where 1 (male) or 2 (female) belongs",
            "196711101992031000, holds sequence 000; sequences run from 001 to 999"
    })
    void invalidNipsSayWhy(String value, String reason) {
        assertEquals(reason, ((Nip.Invalid) Nip.read(value)).reason());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "1967-11-10 1992 03 1 001"})
    void nothingLikeANipIsInvalid(String value) {
        assertInstanceOf(Nip.Invalid.class, Nip.read(value));
    }

    @Test
    void aLeapDayBirthIsPossibleInALeapYearOnly() {
        assertInstanceOf(Nip.Valid.class, Nip.read("200002292024121002"));
        assertInstanceOf(Nip.Invalid.class, Nip.read("200102292024121002"));
    }

    @Test
    void sequencesRunFrom001To999() {
        assertEquals(1, ((Nip.Valid) Nip.read("196711101992031001")).nip().sequence());
        assertEquals(999, ((Nip.Valid) Nip.read("196711101992031999")).nip().sequence());
    }
}
