#!/usr/bin/env bash
# Loads the demo data set through the services' own APIs, once: the regions and cases of the
# evaluation reports (Makassar, Kutacane in Aceh Tenggara, Kupang, Jakarta). A second run finds
# the first demo program already there and loads nothing.
set -euo pipefail
token=${SIMONEV_ADMIN_TOKEN:?an admin token is needed}
programs=http://127.0.0.1:${SIMONEV_PROGRAMS_PORT:-8081}/api/v1/programs
responses=http://127.0.0.1:${SIMONEV_SURVEYS_PORT:-8082}/api/v1/skm-responses
realisations=http://127.0.0.1:${SIMONEV_PERFORMANCE_PORT:-8083}/api/v1/realisations

# Prints the HTTP status of a POST; any status but 201 and 409 stops the load.
post() {
  local status
  status=$(curl -s -o /tmp/simonev-demo-answer.json -w '%{http_code}' -X POST "$1" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$2")
  if [ "$status" != 201 ] && [ "$status" != 409 ]; then
    echo "Demo data: POST $1 answered $status: $(cat /tmp/simonev-demo-answer.json)" >&2
    return 1
  fi
  echo "$status"
}

program() { # code region format start end jp title
  post "$programs" "$(printf '{"code":"%s","regionCode":"%s","format":"%s","startDate":"%s","endDate":"%s","jp":%d,"title":"%s"}' "$@")"
}

if [ "$(program DEMO-MKS-PELAYANAN-PRIMA 73.71 TRAINING 2026-02-09 2026-02-13 40 \
    'Pelatihan Pelayanan Prima Dinas Perhubungan Kota Makassar')" = 409 ]; then
  echo "Demo data already loaded"
  exit 0
fi
echo "Loading the demo data"
program DEMO-MKS-PENANGANAN-ADUAN 73.71 WORKSHOP 2026-03-02 2026-03-04 24 'Workshop Penanganan Pengaduan Masyarakat' > /dev/null
program DEMO-MKS-MENTORING-PUSKESMAS 73.71 MENTORING 2026-04-06 2026-06-26 32 'Mentoring Kepala Puskesmas Kota Makassar' > /dev/null
program DEMO-AGR-KURIKULUM 11.02 TRAINING 2026-02-16 2026-02-21 48 'Pelatihan Implementasi Kurikulum Dinas Pendidikan Aceh Tenggara' > /dev/null
program DEMO-AGR-ELEARNING 11.02 E_LEARNING 2026-05-04 2026-06-12 20 'E-learning Literasi Digital Guru Kutacane' > /dev/null
program DEMO-KPG-PELAYANAN-KESEHATAN 53.71 TRAINING 2026-03-09 2026-03-13 40 'Pelatihan Pelayanan Kesehatan Primer Kota Kupang' > /dev/null
program DEMO-KPG-MAGANG 53.71 INTERNSHIP 2026-07-01 2026-07-31 60 'Magang Manajemen Puskesmas Kota Kupang' > /dev/null
program DEMO-DKI-SEMINAR-PERHUBUNGAN 31.71 SEMINAR 2026-01-20 2026-01-20 8 'Seminar Keselamatan Transportasi Dinas Perhubungan DKI Jakarta' > /dev/null
program DEMO-DKI-COACHING-PUSKESMAS 31.75 COACHING 2026-04-13 2026-05-29 16 'Coaching Kepala Puskesmas Jakarta Timur' > /dev/null

# The other services learn the regions from programs-service's events: wait until they know them.
response() { # unit region date U1..U9
  local unit=$1 region=$2 date=$3
  shift 3
  post "$responses" "$(printf '{"serviceUnitCode":"%s","regionCode":"%s","surveyDate":"%s","answers":{"U1":%d,"U2":%d,"U3":%d,"U4":%d,"U5":%d,"U6":%d,"U7":%d,"U8":%d,"U9":%d}}' \
    "$unit" "$region" "$date" "$@")" > /dev/null
}
for _ in $(seq 60); do
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$responses" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' \
    -d '{"serviceUnitCode":"PKM-BATUA-MKS","regionCode":"73.71","surveyDate":"2026-06-15","answers":{"U1":4,"U2":4,"U3":3,"U4":4,"U5":3,"U6":3,"U7":4,"U8":3,"U9":4}}')
  [ "$status" = 201 ] && break
  sleep 0.5
done
response PKM-BATUA-MKS 73.71 2026-06-15 3 3 3 3 3 3 3 3 3
response PKM-BATUA-MKS 73.71 2026-06-16 4 3 4 4 4 4 4 3 3
response PKM-BATUA-MKS 73.71 2026-06-16 2 3 3 4 3 4 4 3 2
answers=(4 3 3 4 3 3 4 3 3   3 3 2 4 3 3 3 2 3   4 4 4 4 4 4 4 3 4   3 3 3 4 3 4 3 3 3)
for unit in PKM-KUTACANE:11.02 PKM-OEBOBO-KPG:53.71 PKM-MENTENG:31.71 PKM-CAKUNG:31.75; do
  for i in 0 1 2 3; do
    response "${unit%%:*}" "${unit##*:}" "2026-06-1$i" "${answers[@]:$((i * 9)):9}"
  done
done

realisation() { # indicator agency region period target realisation direction
  post "$realisations" "$(printf '{"indicatorCode":"%s","agencyCode":"%s","regionCode":"%s","period":"%s","target":%s,"realisation":%s,"direction":"%s"}' "$@")" > /dev/null
}
realisation IKU-RESPON-ADUAN DISHUB-MKS 73.71 2026-Q1 7 12 LOWER_IS_BETTER
realisation IKU-RESPON-ADUAN DISHUB-MKS 73.71 2026-Q2 7 6.5 LOWER_IS_BETTER
realisation IKU-KEPUASAN-PASIEN DINKES-MKS 73.71 2026-S1 80 83.3 HIGHER_IS_BETTER
realisation IKU-SEKOLAH-TERAKREDITASI DISDIK-AGR 11.02 2025 75 68 HIGHER_IS_BETTER
realisation IKU-WAKTU-TUNGGU DINKES-KPG 53.71 2026-Q2 60 45 LOWER_IS_BETTER
realisation IKU-RESPON-ADUAN DISHUB-DKI 31 2026-Q2 3 2.5 LOWER_IS_BETTER
echo "Demo data loaded: 9 programs, 20 SKM responses, 6 realisations"
