package id.simonev.surveys.result;

import id.simonev.inbox.RegisterReplica;
import id.simonev.platform.export.Export;
import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.security.Caller;
import id.simonev.surveys.campaign.Campaign;
import id.simonev.surveys.campaign.CampaignService;
import id.simonev.surveys.index.IndexResult;
import id.simonev.surveys.index.SkmIndex;
import id.simonev.surveys.instrument.InstrumentService;
import id.simonev.surveys.instrument.InstrumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SKM results: the index of stored responses per campaign, per unit and period, per campaign
 * of a unit (its trend) and per unit of an agency or region (a ranking). Each reads the sums in one
 * snapshot, and computes per instrument version, never across versions.
 */
@ApplicationScoped
class SkmResultService {

    private final SkmTallies tallies;
    private final CampaignService campaigns;
    private final InstrumentService instruments;
    private final RegisterReplica register;
    private final ResultExport exports;

    SkmResultService(SkmTallies tallies, CampaignService campaigns, InstrumentService instruments,
            RegisterReplica register, ResultExport exports) {
        this.exports = exports;
        this.tallies = tallies;
        this.campaigns = campaigns;
        this.instruments = instruments;
        this.register = register;
    }

    @Transactional
    CampaignResult ofCampaign(UUID id, Caller caller) {
        tallies.readOneSnapshot();
        Campaign campaign = campaigns.visible(id, caller);
        InstrumentVersion version = instruments.version(campaign.instrumentVersionId);
        Scope scope = Scope.campaign(campaign.id);
        IndexResult index = tallies.tallies(scope, List.of(version)).stream().findFirst()
                .map(tally -> SkmIndex.of(version.weights(), tally.tally(), serviceUsers(campaign.yearlyServiceUsers)))
                .orElse(null);
        return new CampaignResult(campaign.id, campaign.title, campaign.serviceUnitCode, campaign.agencyCode,
                campaign.regionCode, campaign.startDate, campaign.endDate, campaign.status, version.instrumentCode(),
                version.version(), campaign.yearlyServiceUsers, index == null ? 0 : index.responses(), index,
                RespondentProfile.of(tallies.profile(scope)));
    }

    /** The campaign's result as a download: the IKM sheet, the profile, the answer sheets. */
    @Transactional
    Export exportOf(UUID id, Caller caller) {
        CampaignResult result = ofCampaign(id, caller);
        Campaign campaign = campaigns.visible(id, caller);
        return exports.of(campaign, instruments.version(campaign.instrumentVersionId), result);
    }

    @Transactional
    UnitResults ofServiceUnit(String code, LocalDate from, LocalDate to, Caller caller) {
        requirePeriod(from, to);
        tallies.readOneSnapshot();
        RegisterReplica.KnownServiceUnit unit = visibleUnit(code, caller);
        Scope scope = Scope.serviceUnit(unit.code(), from, to);
        Map<UUID, InstrumentVersion> versions = versionsIn(scope);
        Map<UUID, List<SkmTallies.ProfileCount>> profiles = tallies.profile(scope).stream()
                .collect(Collectors.groupingBy(SkmTallies.ProfileCount::versionId));
        List<UnitResults.VersionResult> results = tallies.tallies(scope, versions.values()).stream()
                .map(tally -> {
                    InstrumentVersion version = versions.get(tally.versionId());
                    return new UnitResults.VersionResult(version.instrumentCode(), version.version(),
                            SkmIndex.of(version.weights(), tally.tally(), serviceUsers(unit.yearlyServiceUsers())),
                            RespondentProfile.of(profiles.getOrDefault(version.id(), List.of())));
                })
                .sorted(Comparator.comparing(UnitResults.VersionResult::instrumentCode)
                        .thenComparingInt(UnitResults.VersionResult::instrumentVersion))
                .toList();
        return new UnitResults(unit.code(), unit.name(), unit.agencyCode(), unit.regionCode(), from, to,
                unit.yearlyServiceUsers(), results);
    }

    @Transactional
    UnitTrend trendOf(String code, Caller caller) {
        tallies.readOneSnapshot();
        RegisterReplica.KnownServiceUnit unit = visibleUnit(code, caller);
        Scope scope = Scope.campaignsOf(unit.code());
        Map<UUID, InstrumentVersion> versions = versionsIn(scope);
        Map<String, SkmTallies.Tally> byCampaign = tallies.tallies(scope, versions.values()).stream()
                .collect(Collectors.toMap(SkmTallies.Tally::group, Function.identity()));
        List<UnitTrend.Period> periods = campaigns.openedOf(unit.code(), caller).stream().map(campaign -> {
            InstrumentVersion version = versions.computeIfAbsent(campaign.instrumentVersionId, instruments::version);
            SkmTallies.Tally tally = byCampaign.get(campaign.id.toString());
            IndexResult index = tally == null ? null
                    : SkmIndex.of(version.weights(), tally.tally(), serviceUsers(campaign.yearlyServiceUsers));
            return new UnitTrend.Period(campaign.id, campaign.title, campaign.startDate, campaign.endDate,
                    campaign.status, version.instrumentCode(), version.version(), campaign.yearlyServiceUsers,
                    index == null ? 0 : index.responses(), index == null ? null : index.ikm(),
                    index == null ? null : index.mutu(), index == null ? null : index.kinerja(),
                    index == null ? null : index.ikmInterval(), index == null ? null : index.settled());
        }).toList();
        return new UnitTrend(unit.code(), unit.name(), periods);
    }

    @Transactional
    SkmRanking ranking(String agency, String region, LocalDate from, LocalDate to, Caller caller) {
        if (agency == null && region == null) {
            String message = "a ranking is of an agency's units or of a region's: give agency or region";
            throw new ProblemException(ProblemType.INVALID_REQUEST, message,
                    List.of(new Problem.Violation("agency", message), new Problem.Violation("region", message)));
        }
        requirePeriod(from, to);
        tallies.readOneSnapshot();
        Scope scope = Scope.units(agency, region, from, to, caller);
        Map<UUID, InstrumentVersion> versions = versionsIn(scope);
        List<SkmTallies.Tally> unitTallies = tallies.tallies(scope, versions.values());
        Map<String, RegisterReplica.KnownServiceUnit> units = register.serviceUnits(
                        unitTallies.stream().map(SkmTallies.Tally::group).distinct().toList()).stream()
                .collect(Collectors.toMap(RegisterReplica.KnownServiceUnit::code, Function.identity()));
        List<SkmRanking.Entry> entries = unitTallies.stream().map(tally -> {
            InstrumentVersion version = versions.get(tally.versionId());
            RegisterReplica.KnownServiceUnit unit = units.get(tally.group());
            IndexResult index = SkmIndex.of(version.weights(), tally.tally(), serviceUsers(unit.yearlyServiceUsers()));
            return new SkmRanking.Entry(null, unit.code(), unit.name(), unit.agencyCode(), unit.regionCode(),
                    version.instrumentCode(), version.version(), unit.yearlyServiceUsers(), index.responses(),
                    index.ikm(), index.mutu(), index.kinerja(), index.ikmInterval(), index.settled(), null);
        }).toList();
        return new SkmRanking(agency, region, from, to, Ranking.of(entries));
    }

    /** The unit of {@code code}; a 404 problem when the register has none in the caller's regions. */
    private RegisterReplica.KnownServiceUnit visibleUnit(String code, Caller caller) {
        return register.serviceUnit(code)
                .filter(unit -> caller.covers(unit.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("Service unit", code));
    }

    private Map<UUID, InstrumentVersion> versionsIn(Scope scope) {
        Map<UUID, InstrumentVersion> versions = new HashMap<>();
        tallies.versions(scope).forEach(id -> versions.put(id, instruments.version(id)));
        return versions;
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from (" + from + ")");
        }
    }

    /** N as the index takes it: the register's 0 means nobody counted, so it is unknown, as null is. */
    private static Long serviceUsers(Integer yearlyServiceUsers) {
        return yearlyServiceUsers == null || yearlyServiceUsers == 0 ? null : yearlyServiceUsers.longValue();
    }
}
