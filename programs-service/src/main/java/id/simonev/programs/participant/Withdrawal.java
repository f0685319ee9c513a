package id.simonev.programs.participant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why the participant leaves; a note is required with OTHER")
public record Withdrawal(@NotNull WithdrawalReason reason, @Size(max = 1000) String note) {
}
