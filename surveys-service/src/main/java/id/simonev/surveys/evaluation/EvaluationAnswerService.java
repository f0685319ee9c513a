package id.simonev.surveys.evaluation;

import id.simonev.outbox.Outbox;
import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.region.OfficeDate;
import id.simonev.platform.validation.OptionalText;
import id.simonev.surveys.instrument.InstrumentKind;
import id.simonev.surveys.instrument.InstrumentService;
import id.simonev.surveys.instrument.InstrumentVersion;
import id.simonev.surveys.link.PublicCode;
import id.simonev.surveys.program.ProgramCopy.KnownProgram;
import id.simonev.surveys.program.ProgramCopy.KnownTrainer;
import id.simonev.surveys.program.ProgramCopy;
import id.simonev.surveys.response.AnswerSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens and answers single-use links. The answers are stored apart from the link: one row per
 * section with the program, the version, the role and the trainer, never the person, the link or the
 * time; the link only remembers that it was used.
 */
@ApplicationScoped
public class EvaluationAnswerService {

    private static final String DELIVERY = "penyelenggaraan";
    private static final String TRAINER = "pengajar-";
    private static final String POST_TRAINING = "pasca-pelatihan";

    private final EvaluationLinkRepository links;
    private final ProgramCopy programs;
    private final InstrumentService instruments;
    private final Outbox outbox;
    private final EntityManager entityManager;

    EvaluationAnswerService(EvaluationLinkRepository links, ProgramCopy programs, InstrumentService instruments,
            Outbox outbox, EntityManager entityManager) {
        this.links = links;
        this.programs = programs;
        this.instruments = instruments;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** One section of a link's questionnaire, with the version it is answered on. */
    private record Part(String key, String title, InstrumentVersion version, KnownTrainer trainer) {
    }

    /**
     * The questionnaire a token opens. A 404 problem for a token no program issued (or another
     * program's, when {@code programId} is given), 409 once it is used, 410 once it expired or was replaced.
     */
    public EvaluationForm form(String token, UUID programId) {
        EvaluationLink link = usable(links.findByIdOptional(PublicCode.normalise(token)).orElse(null), token,
                programId);
        KnownProgram program = programs.program(link.programId).orElseThrow();
        List<Part> parts = parts(link);
        InstrumentVersion first = parts.get(0).version();
        String about = link.role.ratesSomeoneElse()
                ? programs.participant(program.id(), link.participantNip).orElseThrow().name() : null;
        return new EvaluationForm(program.id(), program.code(), program.title(), program.startDate(),
                program.endDate(), link.questionnaire, link.role, about, link.expiresAt, first.scaleMin(),
                first.scaleMax(), parts.stream().map(EvaluationAnswerService::section).toList());
    }

    /**
     * The title of the program a token's answer was given for, once the token is used: what the page
     * that thanks shows after the link takes no more answers. Empty for a token no program issued and
     * for one not used yet.
     */
    public Optional<String> answeredProgramTitle(String token) {
        return links.findByIdOptional(PublicCode.normalise(token)).filter(link -> link.used)
                .flatMap(link -> programs.program(link.programId)).map(KnownProgram::title);
    }

    /**
     * Stores the answers given through a token and uses it up, announcing them without the person.
     * Answers through a used link are refused (409), unless they retry the answer that used it with
     * its {@code Idempotency-Key}: then the same receipt.
     */
    @Transactional
    public EvaluationReceipt answer(String token, UUID programId, EvaluationAnswers answers, String idempotencyKey) {
        EvaluationLink link = links.lockedByToken(PublicCode.normalise(token)).orElse(null);
        if (link != null && link.used && idempotencyKey != null && idempotencyKey.equals(link.usedWithKey)
                && (programId == null || programId.equals(link.programId))) {
            return receipt(link, programs.program(link.programId).orElseThrow());
        }
        usable(link, token, programId);
        KnownProgram program = programs.program(link.programId).orElseThrow();
        List<Part> parts = parts(link);
        List<Problem.Violation> violations = new ArrayList<>();
        answers.sections().keySet().stream()
                .filter(key -> parts.stream().noneMatch(part -> part.key().equals(key)))
                .sorted()
                .forEach(key -> violations.add(new Problem.Violation("sections." + key, "is not a section of this "
                        + "questionnaire (its sections are " + String.join(", ", parts.stream().map(Part::key)
                        .toList()) + ")")));
        List<short[]> sheets = new ArrayList<>();
        for (Part part : parts) {
            Map<String, Integer> given = answers.sections().get(part.key());
            if (given == null) {
                violations.add(new Problem.Violation("sections." + part.key(), "must be answered"));
                continue;
            }
            try {
                sheets.add(AnswerSheet.inItemOrder(part.version(), given, "sections." + part.key()));
            } catch (ProblemException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "The answers do not fit the questionnaire",
                    violations);
        }
        List<EvaluationSubmitted.Section> announced = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            store(link, part, sheets.get(i));
            announced.add(new EvaluationSubmitted.Section(part.version().instrumentCode(), part.version().version(),
                    part.trainer() == null ? null : part.trainer().id(),
                    part.trainer() == null ? null : part.trainer().name(),
                    AnswerSheet.byCode(part.version(), sheets.get(i))));
        }
        String suggestion = OptionalText.stripped(answers.suggestion());
        if (suggestion != null) {
            entityManager.createNativeQuery("""
                            insert into evaluation_suggestion (id, program_id, questionnaire, role, suggestion)
                            values (?1, ?2, ?3, ?4, ?5)""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, link.programId)
                    .setParameter(3, link.questionnaire.name()).setParameter(4, link.role.name())
                    .setParameter(5, suggestion)
                    .executeUpdate();
        }
        link.used = true;
        link.usedWithKey = idempotencyKey;
        outbox.record(new EvaluationSubmitted(program.id(), program.regionCode(), link.questionnaire, link.role,
                announced));
        return receipt(link, program);
    }

    private void store(EvaluationLink link, Part part, short[] sheet) {
        StringBuilder array = new StringBuilder("{");
        for (int i = 0; i < sheet.length; i++) {
            array.append(i == 0 ? "" : ",").append(sheet[i] == AnswerSheet.UNANSWERED ? "NULL" : sheet[i]);
        }
        entityManager.createNativeQuery("""
                        insert into evaluation_answer (id, program_id, questionnaire, role, instrument_version_id,
                            trainer_id, answers)
                        values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as smallint[]))""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, link.programId)
                .setParameter(3, link.questionnaire.name()).setParameter(4, link.role.name())
                .setParameter(5, part.version().id())
                .setParameter(6, part.trainer() == null ? null : part.trainer().id())
                .setParameter(7, array.append("}").toString())
                .executeUpdate();
    }

    /** The link, if a token of {@code programId} (when given) that is neither used, replaced nor expired. */
    private static EvaluationLink usable(EvaluationLink link, String token, UUID programId) {
        if (link == null || programId != null && !programId.equals(link.programId)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No evaluation link " + token
                    + (programId == null ? "" : " of program " + programId) + " exists");
        }
        switch (link.status(Instant.now())) {
            case ANSWERED -> throw ProblemException.conflict("This link was already used to answer; "
                    + "each link takes one answer");
            case REPLACED -> throw ProblemException.gone("This link was replaced by a newer one; use the newest "
                    + "link you received");
            case EXPIRED -> throw ProblemException.gone("This link expired on "
                    + LocalDate.ofInstant(link.expiresAt, OfficeDate.ZONE) + " and takes no more answers");
            case OPEN -> {
                return link;
            }
        }
        throw new IllegalStateException("Unknown link status");
    }

    /** The sections of a link: the delivery and one per trainer of the sessions attended, or the 360's items. */
    private List<Part> parts(EvaluationLink link) {
        if (link.questionnaire == Questionnaire.POST_TRAINING) {
            return List.of(new Part(POST_TRAINING, "Evaluasi pasca pelatihan", version(InstrumentKind.POST_TRAINING),
                    null));
        }
        List<Part> parts = new ArrayList<>(List.of(new Part(DELIVERY, "Penyelenggaraan pelatihan",
                version(InstrumentKind.PROGRAM_DELIVERY), null)));
        List<KnownTrainer> trainers = programs.trainersOf(link.programId, link.participantNip);
        InstrumentVersion trainerVersion = version(InstrumentKind.TRAINER);
        for (int i = 0; i < trainers.size(); i++) {
            parts.add(new Part(TRAINER + (i + 1), "Pengajar: " + trainers.get(i).name(), trainerVersion,
                    trainers.get(i)));
        }
        return parts;
    }

    private InstrumentVersion version(InstrumentKind kind) {
        return instruments.latestBuiltIn(Questionnaire.instrumentOf(kind));
    }

    private static EvaluationForm.Section section(Part part) {
        KnownTrainer trainer = part.trainer();
        return new EvaluationForm.Section(part.key(), part.title(), part.version().instrumentCode(),
                part.version().version(),
                trainer == null ? null
                        : new EvaluationForm.Trainer(trainer.id(), trainer.name(), trainer.institution()),
                part.version().items().stream().map(item -> new EvaluationForm.Question(item.code(), item.name(),
                        item.question(), item.optional(), item.wordings())).toList());
    }

    private static EvaluationReceipt receipt(EvaluationLink link, KnownProgram program) {
        return new EvaluationReceipt(program.code(), link.questionnaire, link.role,
                "Terima kasih, jawaban Anda telah tersimpan.");
    }
}
