package id.simonev.programs.employee;

/** The two kinds of ASN. */
public enum EmploymentStatus {
    /** Pegawai Negeri Sipil: permanent civil servant. */
    PNS,
    /** Pegawai Pemerintah dengan Perjanjian Kerja: civil servant on contract. */
    PPPK
}
