-- The register of regions, by Kemendagri code: every province, and the kabupaten/kota the
-- first offices work in. Each one is announced to the other services as RegionRegistered.
create table region (
    code        text primary key,
    name        text not null,
    parent_code text references region (code)
);

insert into region (code, name) values
    ('11', 'Aceh'), ('12', 'Sumatera Utara'), ('13', 'Sumatera Barat'), ('14', 'Riau'), ('15', 'Jambi'),
    ('16', 'Sumatera Selatan'), ('17', 'Bengkulu'), ('18', 'Lampung'), ('19', 'Kepulauan Bangka Belitung'),
    ('21', 'Kepulauan Riau'), ('31', 'DKI Jakarta'), ('32', 'Jawa Barat'), ('33', 'Jawa Tengah'),
    ('34', 'DI Yogyakarta'), ('35', 'Jawa Timur'), ('36', 'Banten'), ('51', 'Bali'),
    ('52', 'Nusa Tenggara Barat'), ('53', 'Nusa Tenggara Timur'), ('61', 'Kalimantan Barat'),
    ('62', 'Kalimantan Tengah'), ('63', 'Kalimantan Selatan'), ('64', 'Kalimantan Timur'),
    ('65', 'Kalimantan Utara'), ('71', 'Sulawesi Utara'), ('72', 'Sulawesi Tengah'), ('73', 'Sulawesi Selatan'),
    ('74', 'Sulawesi Tenggara'), ('75', 'Gorontalo'), ('76', 'Sulawesi Barat'), ('81', 'Maluku'),
    ('82', 'Maluku Utara'), ('91', 'Papua'), ('92', 'Papua Barat'), ('93', 'Papua Selatan'),
    ('94', 'Papua Tengah'), ('95', 'Papua Pegunungan'), ('96', 'Papua Barat Daya');

insert into region (code, name, parent_code) values
    ('11.02', 'Kabupaten Aceh Tenggara', '11'),
    ('31.01', 'Kabupaten Administrasi Kepulauan Seribu', '31'),
    ('31.71', 'Kota Administrasi Jakarta Pusat', '31'),
    ('31.72', 'Kota Administrasi Jakarta Utara', '31'),
    ('31.73', 'Kota Administrasi Jakarta Barat', '31'),
    ('31.74', 'Kota Administrasi Jakarta Selatan', '31'),
    ('31.75', 'Kota Administrasi Jakarta Timur', '31'),
    ('53.71', 'Kota Kupang', '53'),
    ('73.71', 'Kota Makassar', '73');

insert into outbox_event (id, type, version, aggregate_id, region, occurred_at, data)
select gen_random_uuid(), 'RegionRegistered', 1, code, code, now(),
       jsonb_build_object('code', code, 'name', name, 'parentCode', parent_code)
from region
order by code;
