package id.simonev.programs.region;

import id.simonev.platform.region.RegionCode;

/** The two levels of the register, which the Kemendagri code itself tells apart. */
public enum RegionLevel {
    /** Provinsi, a two-digit code such as 73. */
    PROVINCE(2),
    /** Kabupaten or kota, its province's code and two digits such as 73.71. */
    KABUPATEN_KOTA(5);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    int codeLength() {
        return codeLength;
    }

    static RegionLevel of(String code) {
        return RegionCode.isProvince(code) ? PROVINCE : KABUPATEN_KOTA;
    }
}
