package id.simonev.platform.register;

import id.simonev.platform.csv.CsvColumn;
import id.simonev.platform.csv.CsvLine;
import id.simonev.platform.csv.EachEntry;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.csv.Outcome;
import id.simonev.platform.event.DomainEvent;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every register or catalogue feature does the same way, written once: find an entry for a
 * caller who covers its region, register one once per idempotency key and never twice under one
 * key, take what its entity's verbs answer (a fact, or nothing for no change) to the outbox,
 * deactivate, list a page of what the caller may see, and import a file through the single-entry
 * path. A feature's service keeps only its own rules and builds one of these with its repository.
 *
 * <p>The facts go where {@code record} sends them, and an import's in one batch of
 * {@code batched}: a service passes its outbox's {@code record} and {@code batched}.
 *
 * @param <E> the entity
 * @param <V> its view, what the API answers
 */
public final class Register<E extends RegisterEntry, V> {

    /** Keys per query: a file of thousands makes a handful of lookups, and stays far below the driver's limit. */
    private static final int KEYS_PER_QUERY = 1_000;

    private final PanacheRepositoryBase<E, String> entries;
    private final String noun;
    private final Function<E, V> view;
    private final Class<V> viewType;
    private final String keyField;
    private final IdempotentRequests idempotentRequests;
    private final Consumer<DomainEvent> record;
    private final Consumer<Runnable> batched;

    /**
     * @param noun     what a 404 calls an entry, before its key: {@code Agency}, {@code Employee with NIP}
     * @param keyField the entity's key attribute in queries: {@code code}, {@code nip}
     */
    public Register(PanacheRepositoryBase<E, String> entries, String noun, String keyField, Function<E, V> view,
                    Class<V> viewType, IdempotentRequests idempotentRequests, Consumer<DomainEvent> record,
                    Consumer<Runnable> batched) {
        this.entries = entries;
        this.noun = noun;
        this.keyField = keyField;
        this.view = view;
        this.viewType = viewType;
        this.idempotentRequests = idempotentRequests;
        this.record = record;
        this.batched = batched;
    }

    /** The entry; a 404 problem when there is none. */
    public E existing(String key) {
        return entries.findByIdOptional(key).orElseThrow(() -> ProblemException.notFound(noun, key));
    }

    /** The entry, for a caller who covers its region; a 404 or 403 problem otherwise. */
    public E visible(String key, Caller caller) {
        E entry = existing(key);
        caller.requireRegion(entry.regionCode());
        return entry;
    }

    public V find(String key, Caller caller) {
        return view.apply(visible(key, caller));
    }

    public V view(E entry) {
        return view.apply(entry);
    }

    /**
     * Registers an entry once per idempotency key: {@code write} checks and writes it and answers
     * its key; a retry with the key gets the first answer.
     */
    public V registerOnce(String idempotencyKey, Caller caller, String operation, Object request,
                          Supplier<String> write) {
        return idempotentRequests.once(idempotencyKey, caller, operation, request, viewType,
                () -> view.apply(entries.findById(write.get())));
    }

    /**
     * Refuses to register {@code key} again: a 409 problem saying {@code conflict}, or, to a caller
     * who does not cover the registered entry's region, a 403 that tells nothing of it.
     */
    public void refuseRegistered(String key, Caller caller, String conflict) {
        entries.findByIdOptional(key).ifPresent(existing -> {
            caller.requireRegion(existing.regionCode());
            throw ProblemException.conflict(conflict);
        });
    }

    /** Enters a new entry, recording the fact of its registration. */
    public Outcome enter(E entry, DomainEvent registered) {
        entries.persist(entry);
        record.accept(registered);
        return Outcome.CREATED;
    }

    /** Records the fact a change of an entry produced; no fact is no change. */
    public Outcome changed(Optional<? extends DomainEvent> fact) {
        fact.ifPresent(record);
        return fact.isPresent() ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /**
     * Deactivates the entry {@code key} with the entity's own verb, for a caller who covers its
     * region: it stays for what refers to it. Deactivating it again changes nothing.
     */
    public V deactivate(String key, Caller caller, Function<E, Optional<? extends DomainEvent>> deactivate) {
        E entry = visible(key, caller);
        changed(deactivate.apply(entry));
        return view.apply(entry);
    }

    /** The entries among {@code keys}, by key, looked up a thousand at a time. */
    public Map<String, E> byKeys(Collection<String> keys) {
        return byKeys(entries, keyField, keys, RegisterEntry::key);
    }

    /** The entries of {@code repository} whose {@code key} is among {@code keys}, by key, a thousand at a time. */
    public static <T> Map<String, T> byKeys(PanacheRepositoryBase<T, String> repository, String key,
                                            Collection<String> keys, Function<T, String> keyOf) {
        List<String> distinct = keys.stream().distinct().toList();
        Map<String, T> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = distinct.subList(from, Math.min(from + KEYS_PER_QUERY, distinct.size()));
            repository.list(key + " in ?1", chunk).forEach(entry -> found.put(keyOf.apply(entry), entry));
        }
        return found;
    }

    /**
     * Writes each line of a file with {@code write}, the single-entry path, given the entry its
     * key names if there is one (looked up for the whole file at once); the facts go out in one
     * batch. A refusal becomes the row's error ({@link EachEntry}).
     */
    public <T> void writeEach(List<CsvLine<T>> lines, ImportSummary.Tally tally, CsvColumn scope,
                              Function<T, String> keyOf, BiFunction<T, E, Outcome> write) {
        Map<String, E> known = byKeys(EachEntry.values(lines, keyOf));
        batched.accept(() -> EachEntry.write(lines, tally, scope,
                entry -> write.apply(entry, known.get(keyOf.apply(entry)))));
    }

    /** A page of the entries {@code filter} selects, sorted by one of {@code sortable}. */
    public Page<V> list(Filter filter, PageRequest paging, Map<String, String> sortable, String defaultSort) {
        return paging.fetch(entries.find(filter.query(), paging.sortAmong(sortable, defaultSort, keyField),
                filter.parameters()), view);
    }
}
