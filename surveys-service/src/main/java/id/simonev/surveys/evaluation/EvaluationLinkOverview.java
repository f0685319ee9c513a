package id.simonev.surveys.evaluation;

import id.simonev.platform.export.Export;
import id.simonev.platform.export.ExportColumn;
import id.simonev.platform.export.ExportSheet;
import id.simonev.platform.nip.Nip;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.region.OfficeDate;
import id.simonev.platform.security.Caller;
import id.simonev.surveys.link.PublicCode;
import id.simonev.surveys.program.ProgramCopy.KnownProgram;
import id.simonev.surveys.program.ProgramCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What the office sees of a program's links: each link with whom it went to and whether it was
 * used, the response rate per role, the download to mail-merge, a link's QR code.
 */
@ApplicationScoped
public class EvaluationLinkOverview {

    private static final Map<String, String> SORTABLE = Map.of("issuedAt", "issuedAt",
            "participantNip", "participantNip", "role", "role");

    private final EvaluationLinkRepository links;
    private final EvaluationLinkService service;
    private final ProgramCopy programs;
    private final EntityManager entityManager;

    EvaluationLinkOverview(EvaluationLinkRepository links, EvaluationLinkService service, ProgramCopy programs,
            EntityManager entityManager) {
        this.links = links;
        this.service = service;
        this.programs = programs;
        this.entityManager = entityManager;
    }

    public Page<EvaluationLinkView> list(UUID programId, LinkQuery query, PageRequest paging, Caller caller) {
        KnownProgram program = service.visibleProgram(programId, caller);
        Instant now = Instant.now();
        Filter filter = new Filter()
                .equal("programId", program.id())
                .equal("questionnaire", query.questionnaire)
                .equal("role", query.role)
                .equal("participantNip", query.participantNip == null ? null : Nip.canonical(query.participantNip));
        if (query.status != null) {
            switch (query.status) {
                case ANSWERED -> filter.where("used = :answered", "answered", true);
                case REPLACED -> filter.where("used = false and revoked = :replaced", "replaced", true);
                case OPEN -> filter.where("used = false and revoked = false and expiresAt > :now", "now", now);
                case EXPIRED -> filter.where("used = false and revoked = false and expiresAt <= :now", "now", now);
            }
        }
        Map<String, String> names = participantNames(program.id());
        return paging.fetch(links.find(filter.query(), paging.sortAmong(SORTABLE, "issuedAt", "token"),
                        filter.parameters()),
                link -> service.view(link, names.get(link.participantNip), now));
    }

    /** The link of a token of the program, for its QR code. */
    public String requireLink(UUID programId, String token, Caller caller) {
        KnownProgram program = service.visibleProgram(programId, caller);
        EvaluationLink link = links.findByIdOptional(PublicCode.normalise(token))
                .filter(found -> found.programId.equals(program.id()))
                .orElseThrow(() -> ProblemException.notFound("Evaluation link of program " + program.code(), token));
        return service.linkOf(link.token);
    }

    public LinkSummary summary(UUID programId, Caller caller) {
        return summary(service.visibleProgram(programId, caller));
    }

    /** The summary of a program the caller was already found to see. */
    public LinkSummary summary(KnownProgram program) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select questionnaire, role, count(*) filter (where not revoked or used),
                            count(*) filter (where used),
                            count(*) filter (where not used and not revoked and expires_at > ?2),
                            count(*) filter (where not used and not revoked and expires_at <= ?2)
                        from evaluation_link where program_id = ?1
                        group by questionnaire, role""")
                .setParameter(1, program.id()).setParameter(2, Instant.now())
                .getResultList();
        List<LinkSummary.RoleCount> roles = new ArrayList<>();
        for (Questionnaire questionnaire : Questionnaire.values()) {
            for (RaterRole role : questionnaire.roles()) {
                Object[] row = rows.stream()
                        .filter(r -> r[0].equals(questionnaire.name()) && r[1].equals(role.name()))
                        .findFirst().orElse(null);
                long issued = row == null ? 0 : ((Number) row[2]).longValue();
                long answered = row == null ? 0 : ((Number) row[3]).longValue();
                roles.add(new LinkSummary.RoleCount(questionnaire, role, issued, answered,
                        row == null ? 0 : ((Number) row[4]).longValue(),
                        row == null ? 0 : ((Number) row[5]).longValue(),
                        issued == 0 ? null : BigDecimal.valueOf(answered * 100)
                                .divide(BigDecimal.valueOf(issued), 2, RoundingMode.HALF_UP)));
            }
        }
        return new LinkSummary(program.id(), program.code(), program.postTrainingDue(),
                service.postTrainingIssued(program.id()), roles, withoutSupervisor(program));
    }

    private List<LinkSummary.Person> withoutSupervisor(KnownProgram program) {
        return session().createNativeQuery("""
                        select p.nip, p.name from program_participant p
                        join program g on g.id = p.program_id
                        where p.program_id = ?1 and p.status = 'COMPLETED' and g.post_training_issued_at is not null
                            and not exists (select 1 from evaluation_link l where l.program_id = p.program_id
                                and l.participant_nip = p.nip and l.questionnaire = 'POST_TRAINING'
                                and l.role = 'SUPERVISOR' and not l.revoked)
                        order by p.nip""", LinkSummary.Person.class)
                .setParameter(1, program.id())
                .getResultList();
    }

    /**
     * The program's current links as a download to mail-merge: to whom, about whom, the link and
     * until when. NIPs are masked unless the caller is an admin.
     */
    public Export export(UUID programId, Caller caller) {
        KnownProgram program = service.visibleProgram(programId, caller);
        Map<String, String> names = participantNames(program.id());
        Instant now = Instant.now();
        List<EvaluationLink> current = links.list("programId = ?1 and revoked = false order by questionnaire, "
                + "participantNip, role, raterNip", program.id());
        List<ExportColumn> columns = List.of(ExportColumn.text("Kuesioner"), ExportColumn.text("Peran"),
                ExportColumn.text("Nama penerima"), ExportColumn.text("NIP penerima"), ExportColumn.text("Tentang"),
                ExportColumn.text("NIP peserta"), ExportColumn.text("Tautan"), ExportColumn.text("Kode"),
                ExportColumn.date("Berlaku sampai"), ExportColumn.text("Status"));
        return Export.of("tautan-evaluasi-" + program.code(), new ExportSheet("Tautan", columns, sink ->
                current.forEach(link -> sink.row(link.questionnaire.name(), link.role.name(),
                        link.raterNip == null ? null : link.raterName, nip(link.raterNip, caller),
                        names.get(link.participantNip), nip(link.participantNip, caller),
                        service.linkOf(link.token), link.token,
                        LocalDate.ofInstant(link.expiresAt, OfficeDate.ZONE), link.status(now).name()))));
    }

    private static String nip(String nip, Caller caller) {
        return nip == null || caller.isAdmin() ? nip : Nip.masked(nip);
    }

    private Map<String, String> participantNames(UUID programId) {
        Map<String, String> names = new HashMap<>();
        programs.participants(programId).forEach(participant -> names.put(participant.nip(), participant.name()));
        return names;
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
