package id.simonev.surveys.response;

import id.simonev.platform.csv.CsvColumn;
import id.simonev.platform.csv.CsvImport;
import id.simonev.platform.csv.CsvRow;
import id.simonev.platform.csv.EachEntry;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.csv.Outcome;
import id.simonev.platform.security.Caller;
import id.simonev.surveys.campaign.Campaign;
import id.simonev.surveys.instrument.InstrumentItem;
import id.simonev.surveys.instrument.InstrumentService;
import id.simonev.surveys.instrument.InstrumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A campaign's paper forms from a CSV file, one row per form: each row goes the way a single form
 * entered through the API goes ({@link SurveyResponseService#enterForm}), so the file keeps no rules of
 * its own. The columns follow the campaign's instrument: one per item, named by its code. Each
 * column feeds the JSON field of its name (so that a refusal of a field lands on its column), with
 * the names offices write as aliases.
 */
@ApplicationScoped
public class PaperFormImport {

    static final CsvColumn SURVEY_DATE = CsvColumn.required("surveyDate", "tanggal", "tanggal_survei");
    static final CsvColumn GENDER = CsvColumn.optional("respondent.gender", "gender", "jenis_kelamin");
    static final CsvColumn AGE = CsvColumn.optional("respondent.age", "age", "umur", "usia");
    static final CsvColumn EDUCATION = CsvColumn.optional("respondent.education", "education", "pendidikan");
    static final CsvColumn OCCUPATION = CsvColumn.optional("respondent.occupation", "occupation", "pekerjaan");
    static final CsvColumn SERVICE_RECEIVED = CsvColumn.optional("respondent.serviceReceived", "serviceReceived",
            "jenis_layanan", "layanan");
    static final CsvColumn SUGGESTION = CsvColumn.optional("suggestion", "saran");

    private static final Map<String, Respondent.Gender> GENDERS = Map.of(
            "L", Respondent.Gender.L, "LAKI-LAKI", Respondent.Gender.L,
            "P", Respondent.Gender.P, "PEREMPUAN", Respondent.Gender.P);
    private static final Map<String, Respondent.Education> EDUCATIONS = withAliases(Respondent.Education.values(),
            Map.of("D1", Respondent.Education.D1_D3_D4, "D2", Respondent.Education.D1_D3_D4,
                    "D3", Respondent.Education.D1_D3_D4, "D4", Respondent.Education.D1_D3_D4,
                    "D1-D3/D4", Respondent.Education.D1_D3_D4));
    private static final Map<String, Respondent.Occupation> OCCUPATIONS = withAliases(Respondent.Occupation.values(),
            Map.of());

    private final SurveyResponseService responses;
    private final InstrumentService instruments;
    private final Validator validator;

    PaperFormImport(SurveyResponseService responses, InstrumentService instruments, Validator validator) {
        this.responses = responses;
        this.instruments = instruments;
        this.validator = validator;
    }

    @Transactional
    public ImportSummary run(UUID campaignId, byte[] file, boolean dryRun, Caller caller) {
        Campaign campaign = responses.campaignForPaper(campaignId, caller);
        InstrumentVersion version = instruments.version(campaign.instrumentVersionId);
        Map<InstrumentItem, CsvColumn> itemColumns = new LinkedHashMap<>();
        version.items().forEach(item -> itemColumns.put(item, CsvColumn.required(item.code())
                .feeding("answers." + item.code())));
        List<CsvColumn> columns = new ArrayList<>(List.of(SURVEY_DATE));
        columns.addAll(itemColumns.values());
        columns.addAll(List.of(GENDER, AGE, EDUCATION, OCCUPATION, SERVICE_RECEIVED, SUGGESTION));
        CsvImport<NewSurveyResponse> forms = CsvImport.of(columns, row -> form(row, itemColumns))
                .validatedBy(validator);
        return forms.run(file, dryRun, (lines, tally) -> EachEntry.write(lines, tally, SURVEY_DATE, form -> {
            responses.enterForm(campaign, version, form, caller);
            return Outcome.CREATED;
        }));
    }

    private static NewSurveyResponse form(CsvRow row, Map<InstrumentItem, CsvColumn> itemColumns) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        itemColumns.forEach((item, column) -> {
            Integer answer = row.wholeNumber(column);
            if (answer != null) {
                answers.put(item.code(), answer);
            }
        });
        Respondent respondent = new Respondent(row.oneOf(GENDER, GENDERS), row.wholeNumber(AGE),
                row.oneOf(EDUCATION, EDUCATIONS), row.oneOf(OCCUPATION, OCCUPATIONS), row.text(SERVICE_RECEIVED));
        return new NewSurveyResponse(answers, respondent, row.date(SURVEY_DATE), row.text(SUGGESTION));
    }

    private static <E extends Enum<E>> Map<String, E> withAliases(E[] values, Map<String, E> aliases) {
        Map<String, E> accepted = Arrays.stream(values).collect(Collectors.toMap(Enum::name, Function.identity()));
        accepted.putAll(aliases);
        return accepted;
    }
}
