package id.simonev.surveys.skm;

/**
 * The nine elements of the SKM survey (PermenPANRB 14/2017), each answered 1-4 with 4 best.
 * Elements are matched by code, never by position: published reports list U8 and U9 in either order.
 */
public enum SkmElement {
    U1("Persyaratan"),
    U2("Sistem, mekanisme, dan prosedur"),
    U3("Waktu penyelesaian"),
    /** Worded inversely: 4 means free of charge. */
    U4("Biaya/tarif"),
    U5("Produk spesifikasi jenis pelayanan"),
    U6("Kompetensi pelaksana"),
    U7("Perilaku pelaksana"),
    U8("Penanganan pengaduan, saran dan masukan"),
    U9("Sarana dan prasarana");

    private final String name;

    SkmElement(String name) {
        this.name = name;
    }

    public String elementName() {
        return name;
    }
}
