package id.simonev.platform.nip;

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

    /** The rules that depend on the date are judged against a fixed day. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void domainsExampleReadsAsItsParts() {
        Nip nip = ((Nip.Valid) Nip.read("196711101992031001", TODAY)).nip();

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
        assertEquals(gender, ((Nip.Valid) Nip.read(value, TODAY)).nip().gender());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "19671110199203100, 'must be 18 digits, or grouped as 19671110 199203 1 001'",
            "1967111019920310011, 'must be 18 digits, or grouped as 19671110 199203 1 001'",
            "19671110199203100A, 'must be 18 digits, or grouped as 19671110 199203 1 001'",
            "' 96711101992031001', 'must be 18 digits, or grouped as 19671110 199203 1 001'",
            "196713101992031001, holds an impossible birth date 19671310",
            "196700101992031001, holds an impossible birth date 19670010",
            "196711001992031001, holds an impossible birth date 19671100",
            "196702301992031001, holds an impossible birth date 19670230",
            "190002291992031001, holds an impossible birth date 19000229",
            "196711101992131001, holds an impossible appointment month 199213",
            "196711101992001001, holds an impossible appointment month 199200",
            "196711101967111001, holds an appointment month 1967-11 before the age of 18 (born 1967-11-10)",
            "196711101960011001, holds an appointment month 1960-01 before the age of 18 (born 1967-11-10)",
            "196711101992030001, holds gender digit 0 where 1 (male) or 2 (female) belongs",
            "196711101992033001, holds gender digit 3 where 1 (male) or 2 (female) belongs",
            "196711101992039001, holds gender digit 9 where 1 (male) or 2 (female) belongs",
            "196711101992031000, holds sequence 000; sequences run from 001 to 999"
    })
    void invalidNipsSayWhy(String value, String reason) {
        assertEquals(reason, ((Nip.Invalid) Nip.read(value, TODAY)).reason());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "1967-11-10 1992 03 1 001", "1967 1110 1992 031001", "19671110  199203 1 001",
            "19671110-199203-1-001", "196711101992 03 1 001"})
    void nothingLikeANipIsInvalid(String value) {
        assertInstanceOf(Nip.Invalid.class, Nip.read(value, TODAY));
    }

    @Test
    void aLeapDayBirthIsPossibleInALeapYearOnly() {
        assertInstanceOf(Nip.Valid.class, Nip.read("200002292024121002", TODAY));
        assertInstanceOf(Nip.Invalid.class, Nip.read("200102292024121002", TODAY));
    }

    @Test
    void sequencesRunFrom001To999() {
        assertEquals(1, ((Nip.Valid) Nip.read("196711101992031001", TODAY)).nip().sequence());
        assertEquals(999, ((Nip.Valid) Nip.read("196711101992031999", TODAY)).nip().sequence());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"19671110 199203 1 001", " 19671110 199203 1 001 ", "196711101992031001"})
    void aNipReadsAsItsDigitsOrGroupedAsOnAnIdCard(String text) {
        assertEquals("196711101992031001", ((Nip.Valid) Nip.read(text, TODAY)).nip().value());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "203001012050011001, holds a birth date 2030-01-01 in the future",
            "202612012050011001, holds a birth date 2026-12-01 in the future",
            "198001012035011001, holds an appointment month 2035-01 more than 12 months ahead",
            "198001012027121001, holds an appointment month 2027-12 more than 12 months ahead",
            "200001012015011001, holds an appointment month 2015-01 before the age of 18 (born 2000-01-01)",
            "200006152018051001, holds an appointment month 2018-05 before the age of 18 (born 2000-06-15)"
    })
    void aNipNoRealCivilServantCanHoldIsInvalid(String value, String reason) {
        assertEquals(reason, ((Nip.Invalid) Nip.read(value, TODAY)).reason());
    }

    /** Appointed in the month of the 18th birthday; appointed exactly 12 months ahead. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "200006152018061001",
            "198001012027111001"
    })
    void theBoundariesOfPlausibilityAreValid(String value) {
        assertInstanceOf(Nip.Valid.class, Nip.read(value, TODAY));
    }
}
