package id.simonev.programs.participant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantView(UUID programId, String nip, String name, String agencyCode, String regionCode,
                              ParticipantStatus status, Instant enrolledAt, Instant withdrawnAt,
                              WithdrawalReason withdrawalReason, String withdrawalNote, BigDecimal preTest,
                              BigDecimal postTest, int attendedJp, int jpCredited, List<Shortfall> shortfalls) {

    static ParticipantView of(Participant participant, int attendedJp) {
        return new ParticipantView(participant.programId, participant.nip, participant.name, participant.agencyCode,
                participant.regionCode, participant.status, participant.enrolledAt, participant.withdrawnAt,
                participant.withdrawalReason, participant.withdrawalNote, participant.preTest, participant.postTest,
                attendedJp, participant.jpCredited, shortfalls(participant));
    }

    static List<Shortfall> shortfalls(Participant participant) {
        return participant.shortfalls == null ? null
                : Arrays.stream(participant.shortfalls.split(",")).map(Shortfall::valueOf).toList();
    }
}
