package id.simonev.surveys.evaluation;

import id.simonev.inbox.RegisterReplica;
import id.simonev.outbox.Outbox;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.region.OfficeDate;
import id.simonev.platform.security.Caller;
import id.simonev.surveys.config.SurveysConfig;
import id.simonev.surveys.link.PublicCode;
import id.simonev.surveys.program.ProgramCompleted;
import id.simonev.surveys.program.ProgramCopy.KnownParticipant;
import id.simonev.surveys.program.ProgramCopy.KnownProgram;
import id.simonev.surveys.program.ProgramCopy;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Issues the single-use links of a program's questionnaires: the reaction links when it completes,
 * to everyone who took part; the post-training 360 links once its lag after the end has come, to
 * every participant who completed, their supervisor and the peers the office names; and links the
 * office issues by hand. A person has one current link per questionnaire, role and participant: a
 * new one replaces an unused one, and one already answered is not issued again.
 */
@ApplicationScoped
public class EvaluationLinkService {

    private static final Logger LOG = Logger.getLogger(EvaluationLinkService.class);
    /** Who the links issued by the rules are issued by. */
    static final String ISSUED_BY_RULE = "simonev";

    private final EvaluationLinkRepository links;
    private final ProgramCopy programs;
    private final RegisterReplica register;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;
    private final SurveysConfig config;
    private final EntityManager entityManager;

    EvaluationLinkService(EvaluationLinkRepository links, ProgramCopy programs, RegisterReplica register,
            Outbox outbox, IdempotentRequests idempotentRequests, SurveysConfig config, EntityManager entityManager) {
        this.links = links;
        this.programs = programs;
        this.register = register;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
        this.config = config;
        this.entityManager = entityManager;
    }

    /** What one issuing did per role: links issued and unused ones replaced. */
    private static final class Tally {

        private final Map<RaterRole, int[]> counts = new EnumMap<>(RaterRole.class);

        void issued(RaterRole role) {
            counts.computeIfAbsent(role, r -> new int[2])[0]++;
        }

        void replaced(RaterRole role) {
            counts.computeIfAbsent(role, r -> new int[2])[1]++;
        }
    }

    /**
     * The program completed: everyone who took part (present at a session at least) gets a reaction
     * link, valid for the program's days from its completion; and the 360 is issued at once if its
     * lag has already passed (a program recorded late). Links that would already have expired (a
     * completion read again from long ago) are not issued.
     */
    void onCompletion(@Observes ProgramCompleted completion) {
        KnownProgram program = programs.program(completion.programId()).orElseThrow();
        Instant now = Instant.now();
        Instant expiresAt = completion.completedAt().plus(Duration.ofDays(program.linkValidDays()));
        if (expiresAt.isAfter(now)) {
            Tally tally = new Tally();
            for (KnownParticipant participant : programs.tookPart(program.id())) {
                ensureLink(program, Questionnaire.REACTION, RaterRole.PARTICIPANT, participant,
                        participant.nip(), participant.name(), now, expiresAt, ISSUED_BY_RULE, tally);
            }
            announce(program, Questionnaire.REACTION, tally, expiresAt, now);
        }
        if (!program.postTrainingDue().isAfter(OfficeDate.today())) {
            issuePostTraining(program, now);
        }
    }

    @Scheduled(every = "${simonev.evaluation.post-training-sweep:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void issueDuePostTraining() {
        int programsIssued = issueDuePostTraining(OfficeDate.today());
        if (programsIssued > 0) {
            LOG.infof("Issued the post-training evaluation links of %d programs", programsIssued);
        }
    }

    /**
     * Issues the post-training links of every completed program whose lag has come by {@code today}
     * and whose links are not out yet; how many programs. Replicas sweeping at once skip each other's.
     */
    @Transactional
    public int issueDuePostTraining(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("""
                        select id from program
                        where status = 'COMPLETED' and post_training_issued_at is null
                            and end_date + make_interval(months => post_training_lag_months) <= ?1
                        order by end_date
                        for update skip locked""", UUID.class)
                .setParameter(1, today)
                .getResultList();
        Instant now = Instant.now();
        due.forEach(id -> issuePostTraining(programs.program(id).orElseThrow(), now));
        return due.size();
    }

    private void issuePostTraining(KnownProgram program, Instant now) {
        Instant expiresAt = now.plus(Duration.ofDays(program.linkValidDays()));
        Tally tally = new Tally();
        for (KnownParticipant participant : programs.tookPart(program.id())) {
            if (participant.completed()) {
                ensurePostTrainingLinks(program, participant, now, expiresAt, ISSUED_BY_RULE, tally);
            }
        }
        entityManager.createNativeQuery("update program set post_training_issued_at = ?2 where id = ?1")
                .setParameter(1, program.id()).setParameter(2, now).executeUpdate();
        announce(program, Questionnaire.POST_TRAINING, tally, expiresAt, now);
    }

    /** A participant's 360 links: their own, their supervisor's, each named peer's, the open peer links. */
    private void ensurePostTrainingLinks(KnownProgram program, KnownParticipant participant, Instant now,
            Instant expiresAt, String issuedBy, Tally tally) {
        ensureLink(program, Questionnaire.POST_TRAINING, RaterRole.SELF, participant, participant.nip(),
                participant.name(), now, expiresAt, issuedBy, tally);
        Optional<PostTrainingRaters> named = raters(program.id(), participant.nip());
        supervisorOf(named, participant).ifPresent(supervisorNip -> ensureLink(program, Questionnaire.POST_TRAINING,
                RaterRole.SUPERVISOR, participant, supervisorNip, nameOf(supervisorNip), now, expiresAt, issuedBy,
                tally));
        List<String> peerNips = named.map(PostTrainingRaters::peerNips).orElse(List.of());
        for (String peerNip : peerNips) {
            ensureLink(program, Questionnaire.POST_TRAINING, RaterRole.PEER, participant, peerNip, nameOf(peerNip),
                    now, expiresAt, issuedBy, tally);
        }
        long openPeerLinks = links.current(program.id(), Questionnaire.POST_TRAINING, RaterRole.PEER,
                participant.nip()).stream().filter(link -> link.raterNip == null).count();
        for (long i = openPeerLinks; i < named.map(PostTrainingRaters::openPeerLinksOrNone).orElse(0); i++) {
            links.persist(newLink(program, Questionnaire.POST_TRAINING, RaterRole.PEER, participant.nip(), null, null,
                    now, expiresAt, issuedBy));
            tally.issued(RaterRole.PEER);
        }
    }

    /**
     * Makes sure the rater has a current link of the role about the participant: nothing when they
     * have one (used or not); for a supervisor, one who is no longer the supervisor loses an unused link.
     */
    private void ensureLink(KnownProgram program, Questionnaire questionnaire, RaterRole role,
            KnownParticipant participant, String raterNip, String raterName, Instant now, Instant expiresAt,
            String issuedBy, Tally tally) {
        List<EvaluationLink> current = links.current(program.id(), questionnaire, role, participant.nip());
        if (current.stream().anyMatch(link -> raterNip.equals(link.raterNip))) {
            return;
        }
        if (role == RaterRole.SUPERVISOR) {
            current.stream().filter(link -> !link.used).forEach(link -> {
                link.revoked = true;
                tally.replaced(role);
            });
        }
        links.persist(newLink(program, questionnaire, role, participant.nip(), raterNip, raterName, now, expiresAt,
                issuedBy));
        tally.issued(role);
    }

    /**
     * A link the office issues by hand, valid for the program's days from now: a lost one again (the
     * unused one it replaces stops working), a supervisor where the register has none, a peer by NIP
     * or an open peer link. A 409 problem when the person already answered.
     */
    @Transactional
    public EvaluationLinkView issue(UUID programId, NewEvaluationLink request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "issue evaluation link of program " + programId,
                request, EvaluationLinkView.class, () -> {
                    KnownProgram program = visibleProgram(programId, caller);
                    if (!program.completed()) {
                        throw ProblemException.conflict("Program " + program.code() + " is " + program.status()
                                + "; its evaluation links are issued once it is COMPLETED");
                    }
                    if (!request.questionnaire().roles().contains(request.role())) {
                        throw ProblemException.invalid("role", "must be one of " + request.questionnaire().roles()
                                + " for " + request.questionnaire());
                    }
                    KnownParticipant participant = requireParticipant(program, request.questionnaire(),
                            request.participantNip());
                    String raterNip = raterOf(program, request, participant, caller);
                    String raterName = raterNip == null ? null
                            : raterNip.equals(participant.nip()) ? participant.name() : nameOf(raterNip);
                    Instant now = Instant.now();
                    Instant expiresAt = now.plus(Duration.ofDays(program.linkValidDays()));
                    Tally tally = new Tally();
                    EvaluationLink link = replaceLink(program, request.questionnaire(), request.role(), participant,
                            raterNip, raterName, now, expiresAt, caller.name(), tally);
                    announce(program, request.questionnaire(), tally, expiresAt, now);
                    return view(link, participant.name(), now);
                });
    }

    /** Issues a new link in place of the rater's unused one; a 409 problem when they answered already. */
    private EvaluationLink replaceLink(KnownProgram program, Questionnaire questionnaire, RaterRole role,
            KnownParticipant participant, String raterNip, String raterName, Instant now, Instant expiresAt,
            String issuedBy, Tally tally) {
        for (EvaluationLink current : links.current(program.id(), questionnaire, role, participant.nip())) {
            boolean sameRater = raterNip != null && raterNip.equals(current.raterNip);
            if (sameRater && current.used) {
                throw ProblemException.conflict((raterName == null ? raterNip : raterName) + " already answered the "
                        + questionnaire + " questionnaire about " + participant.name() + " as " + role);
            }
            if (sameRater || role == RaterRole.SUPERVISOR && !current.used) {
                current.revoked = true;
                tally.replaced(role);
            }
        }
        // Hibernate flushes inserts before updates: the replaced link must be revoked before the new one is
        // inserted, or the new one breaks the one live link per rater (evaluation_link_one_live_per_rater).
        links.flush();
        EvaluationLink link = newLink(program, questionnaire, role, participant.nip(), raterNip, raterName, now,
                expiresAt, issuedBy);
        links.persist(link);
        tally.issued(role);
        return link;
    }

    private KnownParticipant requireParticipant(KnownProgram program, Questionnaire questionnaire, String nip) {
        KnownParticipant participant = programs.participant(program.id(), nip)
                .orElseThrow(() -> ProblemException.unknownReference("participantNip",
                        nip + " is not a participant of program " + program.code()));
        if (questionnaire == Questionnaire.REACTION
                && programs.tookPart(program.id()).stream().noneMatch(p -> p.nip().equals(nip))) {
            throw ProblemException.unknownReference("participantNip", participant.name()
                    + " attended no session of program " + program.code() + " and has no reaction to give");
        }
        if (questionnaire == Questionnaire.POST_TRAINING && !participant.completed()) {
            throw ProblemException.unknownReference("participantNip", participant.name() + " did not complete program "
                    + program.code() + " (" + participant.status() + "); the post-training evaluation is of alumni");
        }
        return participant;
    }

    /** The participant's supervisor for the 360: the one the office named, else the register's atasan langsung. */
    private Optional<String> supervisorOf(Optional<PostTrainingRaters> named, KnownParticipant participant) {
        return named.map(PostTrainingRaters::supervisorNip)
                .or(() -> register.employee(participant.nip()).map(RegisterReplica.KnownEmployee::supervisorNip));
    }

    /** Who answers a link issued by hand: the participant themselves, a supervisor, a peer or no one yet. */
    private String raterOf(KnownProgram program, NewEvaluationLink request, KnownParticipant participant,
            Caller caller) {
        if (!request.role().ratesSomeoneElse()) {
            if (request.raterNip() != null && !request.raterNip().equals(participant.nip())) {
                throw ProblemException.invalid("raterNip", "must be left out: in " + request.role()
                        + " the participant answers themselves");
            }
            return participant.nip();
        }
        String raterNip = request.raterNip();
        if (raterNip == null && request.role() == RaterRole.SUPERVISOR) {
            raterNip = supervisorOf(raters(program.id(), participant.nip()), participant)
                    .orElseThrow(() -> ProblemException.invalid("raterNip", "is required: the register names no "
                            + "supervisor of " + participant.name() + " (" + participant.nip() + ")"));
        }
        if (raterNip != null) {
            requireRater("raterNip", raterNip, participant, caller);
        }
        return raterNip;
    }

    /** A rater named by NIP: an active employee of the caller's regions, not the participant. */
    private void requireRater(String field, String nip, KnownParticipant participant, Caller caller) {
        if (nip.equals(participant.nip())) {
            throw ProblemException.invalid(field, "must be someone other than the participant " + participant.nip());
        }
        RegisterReplica.KnownEmployee rater = register.requireActiveEmployee(field, nip);
        caller.requireReference(field, "employee " + nip, rater.regionCode());
    }

    /**
     * Names a participant's supervisor, peers and open peer links for the 360. Before it is issued
     * they wait for it; after, the links they lack are issued at once (an unused link of a replaced
     * supervisor stops working).
     */
    @Transactional
    public PostTrainingRatersView setRaters(UUID programId, String participantNip, PostTrainingRaters raters,
            Caller caller) {
        KnownProgram program = visibleProgram(programId, caller);
        KnownParticipant participant = programs.participant(programId, participantNip)
                .orElseThrow(() -> ProblemException.notFound("Participant of program " + program.code(),
                        participantNip));
        if (!"ENROLLED".equals(participant.status()) && !participant.completed()) {
            throw ProblemException.conflict(participant.name() + " is " + participant.status() + " in program "
                    + program.code() + "; the post-training evaluation is of those who complete it");
        }
        if (raters.supervisorNip() != null) {
            requireRater("supervisorNip", raters.supervisorNip(), participant, caller);
        }
        Set<String> peers = new LinkedHashSet<>();
        for (int i = 0; i < raters.peerNips().size(); i++) {
            String peer = raters.peerNips().get(i);
            String field = "peerNips[" + i + "]";
            requireRater(field, peer, participant, caller);
            if (!peers.add(peer) || peer.equals(raters.supervisorNip())) {
                throw ProblemException.invalid(field, peer + " is named twice among the raters");
            }
        }
        entityManager.createNativeQuery("""
                        insert into post_training_raters (program_id, participant_nip, supervisor_nip, peer_nips,
                            open_peer_links, updated_at, updated_by)
                        values (?1, ?2, ?3, cast(?4 as text[]), ?5, ?6, ?7)
                        on conflict (program_id, participant_nip) do update
                        set supervisor_nip = excluded.supervisor_nip,
                            peer_nips = excluded.peer_nips, open_peer_links = excluded.open_peer_links,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .setParameter(1, programId).setParameter(2, participant.nip()).setParameter(3, raters.supervisorNip())
                .setParameter(4, raters.peerNips().toArray(String[]::new))
                .setParameter(5, raters.openPeerLinksOrNone()).setParameter(6, Instant.now())
                .setParameter(7, caller.name())
                .executeUpdate();
        if (postTrainingIssued(programId) && participant.completed()) {
            Instant now = Instant.now();
            Instant expiresAt = now.plus(Duration.ofDays(program.linkValidDays()));
            Tally tally = new Tally();
            ensurePostTrainingLinks(program, participant, now, expiresAt, caller.name(), tally);
            announce(program, Questionnaire.POST_TRAINING, tally, expiresAt, now);
        }
        return ratersView(program, participant, Instant.now());
    }

    public PostTrainingRatersView raters(UUID programId, String participantNip, Caller caller) {
        KnownProgram program = visibleProgram(programId, caller);
        KnownParticipant participant = programs.participant(programId, participantNip)
                .orElseThrow(() -> ProblemException.notFound("Participant of program " + program.code(),
                        participantNip));
        return ratersView(program, participant, Instant.now());
    }

    private PostTrainingRatersView ratersView(KnownProgram program, KnownParticipant participant, Instant now) {
        Optional<PostTrainingRaters> named = raters(program.id(), participant.nip());
        String registerSupervisor = register.employee(participant.nip())
                .map(RegisterReplica.KnownEmployee::supervisorNip).orElse(null);
        List<EvaluationLinkView> current = new ArrayList<>();
        for (RaterRole role : Questionnaire.POST_TRAINING.roles()) {
            links.current(program.id(), Questionnaire.POST_TRAINING, role, participant.nip())
                    .forEach(link -> current.add(view(link, participant.name(), now)));
        }
        return new PostTrainingRatersView(participant.nip(), participant.name(),
                named.map(PostTrainingRaters::supervisorNip).orElse(null), registerSupervisor,
                named.map(PostTrainingRaters::peerNips).orElse(List.of()),
                named.map(PostTrainingRaters::openPeerLinksOrNone).orElse(0), program.postTrainingDue(),
                postTrainingIssued(program.id()), current);
    }

    private Optional<PostTrainingRaters> raters(UUID programId, String participantNip) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select supervisor_nip, array_to_string(peer_nips, ','), open_peer_links
                        from post_training_raters where program_id = ?1 and participant_nip = ?2""")
                .setParameter(1, programId).setParameter(2, participantNip)
                .getResultList();
        return rows.stream().findFirst().map(row -> new PostTrainingRaters((String) row[0],
                ((String) row[1]).isEmpty() ? List.of() : List.of(((String) row[1]).split(",")),
                ((Number) row[2]).intValue()));
    }

    /** Whether the program's post-training 360 links are out. */
    public boolean postTrainingIssued(UUID programId) {
        return (Boolean) entityManager.createNativeQuery(
                        "select post_training_issued_at is not null from program where id = ?1", Boolean.class)
                .setParameter(1, programId).getSingleResult();
    }

    /** The program, for a caller who covers its region; a 404 problem when this service has not heard of it. */
    public KnownProgram visibleProgram(UUID programId, Caller caller) {
        KnownProgram program = programs.program(programId)
                .orElseThrow(() -> ProblemException.notFound("Program", programId));
        caller.requireRegion(program.regionCode());
        return program;
    }

    private String nameOf(String nip) {
        return register.employee(nip).map(RegisterReplica.KnownEmployee::name).orElse(null);
    }

    private static EvaluationLink newLink(KnownProgram program, Questionnaire questionnaire, RaterRole role,
            String participantNip, String raterNip, String raterName, Instant now, Instant expiresAt,
            String issuedBy) {
        EvaluationLink link = new EvaluationLink();
        link.token = PublicCode.next(PublicCode.LINK_TOKEN_LENGTH);
        link.programId = program.id();
        link.questionnaire = questionnaire;
        link.role = role;
        link.participantNip = participantNip;
        link.raterNip = raterNip;
        link.raterName = raterName;
        link.issuedAt = now;
        link.issuedBy = issuedBy;
        link.expiresAt = expiresAt;
        return link;
    }

    private void announce(KnownProgram program, Questionnaire questionnaire, Tally tally, Instant expiresAt,
            Instant now) {
        tally.counts.forEach((role, counts) -> outbox.record(new EvaluationLinksIssued(program.id(),
                program.regionCode(), questionnaire, role, counts[0], counts[1], expiresAt, now)));
    }

    EvaluationLinkView view(EvaluationLink link, String participantName, Instant now) {
        return new EvaluationLinkView(link.token, linkOf(link.token), link.questionnaire, link.role,
                link.participantNip, participantName, link.raterNip, link.raterName, link.issuedAt, link.expiresAt,
                link.status(now));
    }

    /** The page a token opens. */
    public String linkOf(String token) {
        return config.publicBaseUrl() + "/e/" + token;
    }
}
