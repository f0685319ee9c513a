package id.simonev.surveys.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The single-use links of programs. */
@ApplicationScoped
public class EvaluationLinkRepository implements PanacheRepositoryBase<EvaluationLink, String> {

    /** The link of a token, locked: two answers through one link serialise here, and the second finds it used. */
    public Optional<EvaluationLink> lockedByToken(String token) {
        return findByIdOptional(token, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The links not replaced of a participant, a questionnaire and a role. */
    public List<EvaluationLink> current(UUID programId, Questionnaire questionnaire, RaterRole role,
                                        String participantNip) {
        return list("programId = ?1 and questionnaire = ?2 and role = ?3 and participantNip = ?4 and revoked = false",
                programId, questionnaire, role, participantNip);
    }

    /** How many of a role's links are neither replaced nor, while unused, expired. */
    public long countCurrent(UUID programId, Questionnaire questionnaire, RaterRole role, Instant now) {
        return count("programId = ?1 and questionnaire = ?2 and role = ?3 and revoked = false "
                + "and (used = true or expiresAt > ?4)", programId, questionnaire, role, now);
    }
}
