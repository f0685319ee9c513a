package id.simonev.programs.employee;

/**
 * Jenis jabatan: the kind of post an ASN holds, which decides who appraises whom and which
 * colleagues an evaluation compares a participant with.
 */
public enum PositionType {
    /** Jabatan pimpinan tinggi: the senior executive posts (pratama, madya, utama). */
    JPT,
    /** Jabatan administrator: heads of a division (eselon III). */
    ADMINISTRATOR,
    /** Jabatan pengawas: heads of a section (eselon IV). */
    PENGAWAS,
    /** Jabatan pelaksana: staff posts (before PermenPANRB 41/2018, jabatan fungsional umum). */
    PELAKSANA,
    /** Jabatan fungsional: a functional career (analis, dokter, guru...; formerly fungsional tertentu). */
    FUNGSIONAL
}
