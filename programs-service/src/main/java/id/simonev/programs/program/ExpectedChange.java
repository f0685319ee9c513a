package id.simonev.programs.program;

/** Which way a program is meant to move an indicator or a service unit's IKM. */
public enum ExpectedChange {
    INCREASE, DECREASE
}
