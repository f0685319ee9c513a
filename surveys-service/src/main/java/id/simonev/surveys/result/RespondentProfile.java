package id.simonev.surveys.result;

import id.simonev.surveys.response.Respondent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who answered: the responses per category of each profile question, as an SKM report tabulates
 * them. Every category is listed, with 0 where nobody gave it, so that reports line up; a response
 * that left the question out counts as {@value #UNKNOWN}.
 */
@Schema(description = "The respondents' profile: how many responses gave each category of each profile question. "
        + "Every category is listed, 0 included; \"unknown\" counts the responses that left the question out.")
public record RespondentProfile(
        @Schema(description = "Responses per gender: L (laki-laki), P (perempuan), unknown",
                example = "{\"L\": 1, \"P\": 2, \"unknown\": 1}")
        Map<String, Long> gender,
        @Schema(description = "Responses per age band: <20, 20-29, 30-39, 40-49, 50-59, 60+, unknown",
                example = "{\"<20\": 0, \"20-29\": 1, \"30-39\": 1, \"40-49\": 0, \"50-59\": 0, \"60+\": 1, "
                        + "\"unknown\": 1}")
        Map<String, Long> ageBand,
        @Schema(description = "Responses per education: SD, SMP, SMA, D1_D3_D4, S1, S2, S3, unknown")
        Map<String, Long> education,
        @Schema(description = "Responses per occupation: PNS, TNI, POLRI, SWASTA, WIRAUSAHA, LAINNYA, unknown")
        Map<String, Long> occupation) {

    static final String UNKNOWN = "unknown";

    /** The profile of one version's responses from its rows of {@link SkmTallies#profile}. */
    static RespondentProfile of(List<SkmTallies.ProfileCount> counts) {
        return new RespondentProfile(
                tabulate(names(Respondent.Gender.values()), counts, "gender"),
                tabulate(SkmTallies.AGE_BANDS, counts, "ageBand"),
                tabulate(names(Respondent.Education.values()), counts, "education"),
                tabulate(names(Respondent.Occupation.values()), counts, "occupation"));
    }

    /**
     * The known categories in their order, then any other a response holds (those stored before
     * the profile had fixed choices), then the unknown.
     */
    private static Map<String, Long> tabulate(List<String> categories, List<SkmTallies.ProfileCount> counts,
            String dimension) {
        Map<String, Long> table = new LinkedHashMap<>();
        categories.forEach(category -> table.put(category, 0L));
        long unknown = 0;
        for (SkmTallies.ProfileCount count : counts) {
            if (count.dimension().equals(dimension)) {
                if (count.category() == null) {
                    unknown += count.responses();
                } else {
                    table.merge(count.category(), count.responses(), Long::sum);
                }
            }
        }
        table.put(UNKNOWN, unknown);
        return Collections.unmodifiableMap(table);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
