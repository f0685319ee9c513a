package id.simonev.surveys.instrument;

import id.simonev.inbox.RegisterReplica;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The instrument engine: the built-in SKM, offices' own versions of it, and the rule that a
 * published version never changes (a change makes the next version).
 */
@ApplicationScoped
public class InstrumentService {

    /** The SKM of PermenPANRB 14/2017 as the regulation gives it. */
    public static final String SKM = "SKM";
    /** Decimals a weight may have: its numerator over the common denominator stays a whole number that fits. */
    private static final int MAX_DECIMALS = 6;

    private final InstrumentRepository instruments;
    private final RegisterReplica register;
    private final IdempotentRequests idempotentRequests;

    InstrumentService(InstrumentRepository instruments, RegisterReplica register,
            IdempotentRequests idempotentRequests) {
        this.instruments = instruments;
        this.register = register;
        this.idempotentRequests = idempotentRequests;
    }

    @Transactional
    public InstrumentView create(NewInstrument request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "make instrument", request, InstrumentView.class,
                () -> createOnce(request, caller));
    }

    private InstrumentView createOnce(NewInstrument request, Caller caller) {
        RegisterReplica.KnownAgency agency = register.requireActiveAgency("agencyCode", request.agencyCode());
        caller.requireReference("agencyCode", "agency " + agency.code(), agency.regionCode());
        if (instruments.instrument(request.code()).isPresent()) {
            throw ProblemException.conflict("Instrument " + request.code() + " already exists");
        }
        instruments.insertInstrument(new InstrumentRepository.Instrument(request.code(), request.content().name(),
                InstrumentKind.SKM.name(), agency.code(), agency.regionCode()));
        instruments.insertVersion(skmVersion(request.code(), 1, request.content(), "content."));
        return view(request.code());
    }

    /** Replaces the draft, or starts the next version when the latest is published. */
    @Transactional
    public InstrumentView change(String code, InstrumentContent content, Caller caller) {
        requireOwnInstrument(code, caller);
        InstrumentVersion latest = instruments.latest(code).orElseThrow();
        if (latest.published()) {
            instruments.insertVersion(skmVersion(code, latest.version() + 1, content, ""));
        } else {
            InstrumentVersion draft = skmVersion(code, latest.version(), content, "");
            instruments.replaceItems(new InstrumentVersion(latest.id(), code, latest.version(), draft.scaleMin(),
                    draft.scaleMax(), null, draft.items()));
        }
        instruments.rename(code, content.name());
        return view(code);
    }

    /** Publishes the draft: from now on the version is frozen and campaigns may use it. */
    @Transactional
    public InstrumentView publish(String code, Caller caller) {
        requireOwnInstrument(code, caller);
        InstrumentVersion latest = instruments.latest(code).orElseThrow();
        if (latest.published()) {
            throw ProblemException.conflict(latest.label() + " is already published and has no draft after it; "
                    + "a change to the instrument makes the next version");
        }
        instruments.publish(latest.id(), Instant.now());
        return view(code);
    }

    public List<InstrumentView> list(Caller caller) {
        return instruments.instruments(caller.seesAllRegions() ? null : List.copyOf(caller.regions())).stream()
                .map(instrument -> view(instrument.code()))
                .toList();
    }

    public InstrumentView find(String code, Caller caller) {
        visibleInstrument(code, caller);
        return view(code);
    }

    public InstrumentVersion version(String code, int version, Caller caller) {
        visibleInstrument(code, caller);
        return instruments.version(code, version)
                .orElseThrow(() -> ProblemException.notFound("Version of instrument " + code, version));
    }

    /**
     * The published version a campaign of a unit of {@code agencyCode} may use: the latest when no
     * version is named; a 422 problem naming {@code field} otherwise.
     */
    public InstrumentVersion publishedVersionFor(String field, String code, Integer version, String agencyCode) {
        InstrumentRepository.Instrument instrument = instruments.instrument(code)
                .orElseThrow(() -> ProblemException.unknownReference(field, "instrument " + code + " does not exist"));
        if (!InstrumentKind.SKM.name().equals(instrument.kind())) {
            throw ProblemException.unknownReference(field, "instrument " + code + " is a program questionnaire ("
                    + instrument.kind() + "), not an SKM");
        }
        if (!instrument.builtIn() && !instrument.agencyCode().equals(agencyCode)) {
            throw ProblemException.unknownReference(field, "instrument " + code + " belongs to agency "
                    + instrument.agencyCode() + "; only its service units may use it");
        }
        InstrumentVersion chosen = (version == null ? instruments.latestPublished(code)
                : instruments.version(code, version))
                .orElseThrow(() -> ProblemException.unknownReference(field, version == null
                        ? "instrument " + code + " has no published version yet"
                        : "instrument " + code + " has no version " + version));
        if (!chosen.published()) {
            throw ProblemException.unknownReference(field, chosen.label() + " is a draft; publish it first");
        }
        return chosen;
    }

    public InstrumentVersion version(UUID id) {
        return instruments.version(id).orElseThrow();
    }

    /** The latest published version of a built-in instrument, which the migrations put in place. */
    public InstrumentVersion latestBuiltIn(String code) {
        return instruments.latestPublished(code).orElseThrow();
    }

    private InstrumentRepository.Instrument requireOwnInstrument(String code, Caller caller) {
        InstrumentRepository.Instrument instrument = visibleInstrument(code, caller);
        if (instrument.builtIn()) {
            throw ProblemException.conflict("Instrument " + code + " is built into the regulation and never changes; "
                    + "make an instrument of your agency's own to set weights or add questions");
        }
        caller.requireRegion(instrument.regionCode());
        return instrument;
    }

    private InstrumentRepository.Instrument visibleInstrument(String code, Caller caller) {
        return instruments.instrument(code)
                .filter(instrument -> instrument.builtIn() || caller.covers(instrument.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("Instrument", code));
    }

    private InstrumentView view(String code) {
        InstrumentRepository.Instrument instrument = instruments.instrument(code).orElseThrow();
        return new InstrumentView(instrument.code(), instrument.name(), InstrumentKind.valueOf(instrument.kind()),
                instrument.agencyCode(), instrument.regionCode(), instrument.builtIn(), instruments.versions(code));
    }

    /** The regulation's nine elements with the office's weights, then its extra questions. */
    private InstrumentVersion skmVersion(String code, int number, InstrumentContent content, String fieldPrefix) {
        InstrumentVersion standard = instruments.version(SKM, 1).orElseThrow();
        Map<String, BigDecimal> weights = content.weights() == null ? Map.of() : content.weights();
        List<Problem.Violation> violations = new ArrayList<>(weightViolations(standard, weights, fieldPrefix));
        List<InstrumentItem> items = new ArrayList<>();
        for (InstrumentItem element : standard.items()) {
            items.add(new InstrumentItem(element.code(), element.name(), element.question(), element.wordings(), true,
                    weights.get(element.code()), false));
        }
        Set<String> codes = new HashSet<>(standard.items().stream().map(InstrumentItem::code).toList());
        List<ExtraQuestion> extras = content.extraQuestionsOrNone();
        for (int i = 0; i < extras.size(); i++) {
            ExtraQuestion extra = extras.get(i);
            if (!codes.add(extra.code())) {
                violations.add(new Problem.Violation(fieldPrefix + "extraQuestions[" + i + "].code",
                        extra.code() + " is already the code of another question of the instrument"));
            }
            items.add(new InstrumentItem(extra.code(), extra.name(), extra.question(), extra.wordings(), false, null,
                    false));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "The instrument is invalid", violations);
        }
        return new InstrumentVersion(UUID.randomUUID(), code, number, standard.scaleMin(), standard.scaleMax(), null,
                items);
    }

    private static List<Problem.Violation> weightViolations(InstrumentVersion standard, Map<String, BigDecimal> weights,
            String fieldPrefix) {
        if (weights.isEmpty()) {
            return List.of();
        }
        String field = fieldPrefix + "weights";
        List<Problem.Violation> violations = new ArrayList<>();
        weights.keySet().stream().filter(code -> standard.item(code).isEmpty()).sorted().forEach(code ->
                violations.add(new Problem.Violation(field + "." + code, "is not an SKM element (U1-U9)")));
        String missing = standard.items().stream().map(InstrumentItem::code).filter(code -> !weights.containsKey(code))
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            violations.add(new Problem.Violation(field, "must weigh every element U1-U9 or none; missing " + missing));
        }
        weights.entrySet().stream().filter(weight -> weight.getValue().stripTrailingZeros().scale() > MAX_DECIMALS)
                .map(Map.Entry::getKey).sorted().forEach(code -> violations.add(new Problem.Violation(
                        field + "." + code, "must have at most " + MAX_DECIMALS + " decimals")));
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (violations.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
            violations.add(new Problem.Violation(field, "must sum to exactly 1; they sum to " + sum.toPlainString()));
        }
        return violations;
    }
}
