#!/usr/bin/env bash
# Loads the demo data set through the services' own APIs: the regions and cases of the
# evaluation reports (Makassar, Kutacane in Aceh Tenggara, Kupang, Jakarta). Every write carries
# an Idempotency-Key of its own, so a second load (or one finishing an interrupted load) writes
# nothing twice.
set -euo pipefail
token=${SIMONEV_ADMIN_TOKEN:?an admin token is needed}
programs_service=http://127.0.0.1:${SIMONEV_PROGRAMS_PORT:-8081}/api/v1
programs=$programs_service/programs
responses=http://127.0.0.1:${SIMONEV_SURVEYS_PORT:-8082}/api/v1/skm-responses
realisations=http://127.0.0.1:${SIMONEV_PERFORMANCE_PORT:-8083}/api/v1/realisations
answer=$(mktemp)
trap 'rm -f "$answer"' EXIT

# POSTs with the given key. surveys- and performance-service learn the regions from
# programs-service's events, so a 422 right after a first start is retried for a while.
post() {
  local url=$1 key=$2 body=$3 status
  for _ in $(seq 60); do
    status=$(curl -s -o "$answer" -w '%{http_code}' -X POST "$url" -H "Authorization: Bearer $token" \
      -H "Idempotency-Key: demo-$key" -H 'Content-Type: application/json' -d "$body")
    case $status in
      201|409) return 0 ;;
      422) sleep 0.5 ;;
      *) break ;;
    esac
  done
  echo "Demo data: POST $url answered $status: $(cat "$answer")" >&2
  return 1
}

agency() { # code region name
  post "$programs_service/agencies" "agency-$1" "$(printf '{"code":"%s","regionCode":"%s","name":"%s"}' "$@")"
}
agency DINKES-MKS 73.71 'Dinas Kesehatan Kota Makassar'
agency DISHUB-MKS 73.71 'Dinas Perhubungan Kota Makassar'
agency DISDIK-AGR 11.02 'Dinas Pendidikan Kabupaten Aceh Tenggara'
agency DINKES-AGR 11.02 'Dinas Kesehatan Kabupaten Aceh Tenggara'
agency DINKES-KPG 53.71 'Dinas Kesehatan Kota Kupang'
agency DISHUB-DKI 31 'Dinas Perhubungan Provinsi DKI Jakarta'
agency SUDINKES-JP 31.71 'Suku Dinas Kesehatan Jakarta Pusat'
agency SUDINKES-JT 31.75 'Suku Dinas Kesehatan Jakarta Timur'

unit() { # code agency name yearly-users
  post "$programs_service/service-units" "unit-$1" \
    "$(printf '{"code":"%s","agencyCode":"%s","name":"%s","yearlyServiceUsers":%s}' "$@")"
}
unit PKM-BATUA-MKS DINKES-MKS 'Puskesmas Batua' 12000
unit UPT-PENGADUAN-DISHUB-MKS DISHUB-MKS 'Layanan Pengaduan Dinas Perhubungan Makassar' 3000
unit PKM-KUTACANE DINKES-AGR 'Puskesmas Kutacane' 8000
unit PKM-OEBOBO-KPG DINKES-KPG 'Puskesmas Oebobo' 15000
unit PKM-MENTENG SUDINKES-JP 'Puskesmas Kecamatan Menteng' 40000
unit PKM-CAKUNG SUDINKES-JT 'Puskesmas Kecamatan Cakung' 60000

# Two dozen civil servants with valid NIPs: born yyyyMMdd, appointed yyyyMM, gender digit, sequence.
names=('Andi Baso' 'Nurhayati' 'Muhammad Rizal' 'Sitti Aminah' 'Abdul Rahman' 'Rahmawati'
       'Teuku Iskandar' 'Cut Meutia' 'Yohanes Tallo' 'Maria Bria' 'Budi Santoso' 'Dewi Lestari')
agencies=(DINKES-MKS DISHUB-MKS DISDIK-AGR DINKES-AGR DINKES-KPG DISHUB-DKI SUDINKES-JP SUDINKES-JT)
for i in $(seq 0 23); do
  gender_digit=$((i % 2 + 1))
  gender=$([ "$gender_digit" = 1 ] && echo L || echo P)
  nip=$(printf '19%02d%02d%02d20%02d%02d%d%03d' $((70 + i)) $((i % 12 + 1)) $((i % 28 + 1)) $((5 + i % 15)) \
    $((i % 12 + 1)) "$gender_digit" $((i + 1)))
  status=$([ $((i % 5)) = 4 ] && echo PPPK || echo PNS)
  post "$programs_service/employees" "employee-$nip" "$(printf '{"nip":"%s","name":"%s","gender":"%s","agencyCode":"%s","position":"%s","status":"%s"}' \
    "$nip" "${names[$((i % 12))]}" "$gender" "${agencies[$((i % 8))]}" 'Analis Kebijakan' "$status")"
done

program() { # code region format start end jp title
  post "$programs" "$1" "$(printf '{"code":"%s","regionCode":"%s","format":"%s","startDate":"%s","endDate":"%s","jp":%d,"title":"%s"}' "$@")"
}
program DEMO-MKS-PELAYANAN-PRIMA 73.71 TRAINING 2026-02-09 2026-02-13 40 'Pelatihan Pelayanan Prima Dinas Perhubungan Kota Makassar'
program DEMO-MKS-PENANGANAN-ADUAN 73.71 WORKSHOP 2026-03-02 2026-03-04 24 'Workshop Penanganan Pengaduan Masyarakat'
program DEMO-MKS-MENTORING-PUSKESMAS 73.71 MENTORING 2026-04-06 2026-06-26 32 'Mentoring Kepala Puskesmas Kota Makassar'
program DEMO-AGR-KURIKULUM 11.02 TRAINING 2026-02-16 2026-02-21 48 'Pelatihan Implementasi Kurikulum Dinas Pendidikan Aceh Tenggara'
program DEMO-AGR-ELEARNING 11.02 E_LEARNING 2026-05-04 2026-06-12 20 'E-learning Literasi Digital Guru Kutacane'
program DEMO-KPG-PELAYANAN-KESEHATAN 53.71 TRAINING 2026-03-09 2026-03-13 40 'Pelatihan Pelayanan Kesehatan Primer Kota Kupang'
program DEMO-KPG-MAGANG 53.71 INTERNSHIP 2026-07-01 2026-07-31 60 'Magang Manajemen Puskesmas Kota Kupang'
program DEMO-DKI-SEMINAR-PERHUBUNGAN 31.71 SEMINAR 2026-01-20 2026-01-20 8 'Seminar Keselamatan Transportasi Dinas Perhubungan DKI Jakarta'
program DEMO-DKI-COACHING-PUSKESMAS 31.75 COACHING 2026-04-13 2026-05-29 16 'Coaching Kepala Puskesmas Jakarta Timur'

response() { # key unit date U1..U9
  local key=$1 unit=$2 date=$3
  shift 3
  post "$responses" "skm-$key" "$(printf '{"serviceUnitCode":"%s","surveyDate":"%s","answers":{"U1":%d,"U2":%d,"U3":%d,"U4":%d,"U5":%d,"U6":%d,"U7":%d,"U8":%d,"U9":%d}}' \
    "$unit" "$date" "$@")"
}
# Puskesmas Batua, Makassar: the four responses of DOMAIN.md's worked example (IKM 83.33, B).
response batua-1 PKM-BATUA-MKS 2026-06-15 4 4 3 4 3 3 4 3 4
response batua-2 PKM-BATUA-MKS 2026-06-15 3 3 3 3 3 3 3 3 3
response batua-3 PKM-BATUA-MKS 2026-06-16 4 3 4 4 4 4 4 3 3
response batua-4 PKM-BATUA-MKS 2026-06-16 2 3 3 4 3 4 4 3 2
answers=(4 3 3 4 3 3 4 3 3   3 3 2 4 3 3 3 2 3   4 4 4 4 4 4 4 3 4   3 3 3 4 3 4 3 3 3)
for unit in PKM-KUTACANE PKM-OEBOBO-KPG PKM-MENTENG PKM-CAKUNG; do
  for i in 0 1 2 3; do
    response "$unit-$i" "$unit" "2026-06-1$i" "${answers[@]:$((i * 9)):9}"
  done
done

realisation() { # indicator agency period target realisation direction
  post "$realisations" "iku-$1-$2-$3" "$(printf '{"indicatorCode":"%s","agencyCode":"%s","period":"%s","target":%s,"realisation":%s,"direction":"%s"}' "$@")"
}
# Complaint response time of Dinas Perhubungan Makassar: 12 days against 7 before the training, 6.5 after.
realisation IKU-RESPON-ADUAN DISHUB-MKS 2026-Q1 7 12 LOWER_IS_BETTER
realisation IKU-RESPON-ADUAN DISHUB-MKS 2026-Q2 7 6.5 LOWER_IS_BETTER
realisation IKU-KEPUASAN-PASIEN DINKES-MKS 2026-S1 80 83.3 HIGHER_IS_BETTER
realisation IKU-SEKOLAH-TERAKREDITASI DISDIK-AGR 2025 75 68 HIGHER_IS_BETTER
realisation IKU-WAKTU-TUNGGU DINKES-KPG 2026-Q2 60 45 LOWER_IS_BETTER
realisation IKU-RESPON-ADUAN DISHUB-DKI 2026-Q2 3 2.5 LOWER_IS_BETTER
echo "Demo data loaded: 8 agencies, 6 service units, 24 employees, 9 programs, 20 SKM responses, 6 realisations" \
  "(a second load writes nothing new)"
