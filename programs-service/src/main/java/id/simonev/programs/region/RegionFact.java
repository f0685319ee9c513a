package id.simonev.programs.region;

import id.simonev.platform.register.RegisterFact;

/** A fact about a region of the register: keyed by its code, and belonging to itself. */
interface RegionFact extends RegisterFact {

    @Override
    default String regionCode() {
        return code();
    }
}
