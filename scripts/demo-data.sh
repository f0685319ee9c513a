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
      200|201|409) return 0 ;;
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

# PUT is idempotent by itself; a 409 means the program has moved on since a first load.
put() {
  local url=$1 body=$2 status
  status=$(curl -s -o "$answer" -w '%{http_code}' -X PUT "$url" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "$body")
  case $status in
    200|409) return 0 ;;
  esac
  echo "Demo data: PUT $url answered $status: $(cat "$answer")" >&2
  return 1
}

# Two dozen civil servants with valid NIPs: born yyyyMMdd, appointed yyyyMM, gender digit, sequence.
names=('Andi Baso' 'Nurhayati' 'Muhammad Rizal' 'Sitti Aminah' 'Abdul Rahman' 'Rahmawati'
       'Teuku Iskandar' 'Cut Meutia' 'Yohanes Tallo' 'Maria Bria' 'Budi Santoso' 'Dewi Lestari')
agencies=(DINKES-MKS DISHUB-MKS DISDIK-AGR DINKES-AGR DINKES-KPG DISHUB-DKI SUDINKES-JP SUDINKES-JT)
declare -A staff
for i in $(seq 0 23); do
  gender_digit=$((i % 2 + 1))
  gender=$([ "$gender_digit" = 1 ] && echo L || echo P)
  nip=$(printf '19%02d%02d%02d20%02d%02d%d%03d' $((70 + i)) $((i % 12 + 1)) $((i % 28 + 1)) $((5 + i % 15)) \
    $((i % 12 + 1)) "$gender_digit" $((i + 1)))
  status=$([ $((i % 5)) = 4 ] && echo PPPK || echo PNS)
  post "$programs_service/employees" "employee-$nip" "$(printf '{"nip":"%s","name":"%s","gender":"%s","agencyCode":"%s","position":"%s","status":"%s"}' \
    "$nip" "${names[$((i % 12))]}" "$gender" "${agencies[$((i % 8))]}" 'Analis Kebijakan' "$status")"
  staff[${agencies[$((i % 8))]}]+="$nip "
done

# Programs in every state of their life, with participants, attendance, test scores and expenses.
sessions() { # first-day count jp: one session a day
  local list=
  for day in $(seq 0 $(($2 - 1))); do
    list+="${list:+,}{\"date\":\"$(date -d "$1 + $day day" +%F)\",\"jp\":$3}"
  done
  echo "[$list]"
}
program() { # code region format competency organiser start end capacity passing-score budget title sessions outcomes
  post "$programs" "program-$1" "$(printf '{"code":"%s","regionCode":"%s","format":"%s","competencyType":"%s","organisingAgencyCode":"%s","targetAgencyCodes":["%s"],"startDate":"%s","endDate":"%s","capacity":%d,"passingScore":%s,"plannedBudget":%d,"title":"%s","sessions":%s,"expectedOutcomes":%s}' \
    "$1" "$2" "$3" "$4" "$5" "$5" "${@:6}")"
  program_id=$(sed -n 's/^{"id":"\([0-9a-f-]*\)".*/\1/p' "$answer")
}
move() { # status... (the last may be CANCELLED:reason)
  for status in "$@"; do
    local reason=${status#*:}
    [ "$reason" = "$status" ] && reason= || status=${status%%:*}
    post "$programs/$program_id/status-changes" "status-$program_id-$status" \
      "{\"status\":\"$status\"${reason:+,\"reason\":\"$reason\"}}"
  done
}
enrol() { # nip...
  for nip in "$@"; do
    post "$programs/$program_id/participants" "enrol-$program_id-$nip" "{\"nip\":\"$nip\"}"
  done
}
attend() { # nip session...
  local nip=$1
  shift
  for session in "$@"; do
    put "$programs/$program_id/participants/$nip/attendance/$session" '{"present":true}'
  done
}
scores() { # nip pre post
  put "$programs/$program_id/participants/$1/scores" "{\"preTest\":$2,\"postTest\":$3}"
}
withdraw() { # nip reason note
  post "$programs/$program_id/participants/$1/withdrawal" "withdraw-$program_id-$1" \
    "{\"reason\":\"$2\",\"note\":\"$3\"}"
}
expense() { # category amount date note
  post "$programs/$program_id/expenses" "expense-$program_id-$1-$3" \
    "$(printf '{"category":"%s","amount":%d,"date":"%s","note":"%s"}' "$@")"
}
# Three people of an agency take part: the first two complete, the third misses two sessions.
run_to_completion() { # agency sessions pre-scores post-scores
  read -r -a people <<< "${staff[$1]}"
  local all_sessions
  all_sessions=$(seq -s ' ' 1 "$2")
  enrol "${people[@]}"
  move RUNNING
  attend "${people[0]}" $all_sessions
  attend "${people[1]}" $all_sessions
  attend "${people[2]}" $(seq -s ' ' 1 $(($2 - 2)))
  read -r -a pre <<< "$3"
  read -r -a post <<< "$4"
  for i in 0 1 2; do scores "${people[$i]}" "${pre[$i]}" "${post[$i]}"; done
}

# Makassar: the service-excellence training of Dinas Perhubungan, judged on complaint response time.
program DEMO-MKS-PELAYANAN-PRIMA 73.71 TRAINING TEKNIS DISHUB-MKS 2026-02-09 2026-02-13 25 70 45000000 \
  'Pelatihan Pelayanan Prima Dinas Perhubungan Kota Makassar' "$(sessions 2026-02-09 5 8)" \
  '[{"indicatorCode":"IKU-RESPON-ADUAN","agencyCode":"DISHUB-MKS","expectedChange":"DECREASE"},{"serviceUnitCode":"UPT-PENGADUAN-DISHUB-MKS","expectedChange":"INCREASE"}]'
move SCHEDULED
run_to_completion DISHUB-MKS 5 '45 50 40' '80 75 85'
expense HONORARIUM 12000000 2026-02-09 'Narasumber BPSDM Sulawesi Selatan'
expense CONSUMPTION 9750000 2026-02-13 'Konsumsi lima hari'
expense MATERIALS 3200000 2026-02-09 'Modul dan ATK'
move COMPLETED
program DEMO-MKS-PENANGANAN-ADUAN 73.71 WORKSHOP TEKNIS DISHUB-MKS 2026-11-23 2026-11-25 20 75 18000000 \
  'Workshop Penanganan Pengaduan Masyarakat' "$(sessions 2026-11-23 3 8)" '[]'
move SCHEDULED
read -r -a people <<< "${staff[DISHUB-MKS]}"
enrol "${people[@]}"
withdraw "${people[2]}" WORKLOAD 'Tidak ada waktu: tugas lapangan'
move RUNNING
attend "${people[0]}" 1 2
attend "${people[1]}" 1
expense VENUE 4500000 2026-11-23 'Aula Dinas Perhubungan'
program DEMO-MKS-MENTORING-PUSKESMAS 73.71 MENTORING MANAJERIAL DINKES-MKS 2026-12-07 2027-02-26 10 70 12000000 \
  'Mentoring Kepala Puskesmas Kota Makassar' "$(sessions 2026-12-07 4 8)" \
  '[{"serviceUnitCode":"PKM-BATUA-MKS","expectedChange":"INCREASE"}]'
move SCHEDULED
read -r -a people <<< "${staff[DINKES-MKS]}"
enrol "${people[@]}"

# Aceh Tenggara: the curriculum training of Dinas Pendidikan, completed; an e-learning still a draft.
program DEMO-AGR-KURIKULUM 11.02 TRAINING TEKNIS DISDIK-AGR 2026-02-16 2026-02-21 30 65 60000000 \
  'Pelatihan Implementasi Kurikulum Dinas Pendidikan Aceh Tenggara' "$(sessions 2026-02-16 6 8)" \
  '[{"indicatorCode":"IKU-SEKOLAH-TERAKREDITASI","agencyCode":"DISDIK-AGR","expectedChange":"INCREASE"}]'
move SCHEDULED
run_to_completion DISDIK-AGR 6 '50 55 35' '78 64 70'
expense HONORARIUM 18000000 2026-02-16 'Fasilitator kurikulum'
expense ACCOMMODATION 21000000 2026-02-16 'Penginapan peserta dari kecamatan'
move COMPLETED
program DEMO-AGR-ELEARNING 11.02 E_LEARNING SOSIAL_KULTURAL DISDIK-AGR 2027-01-11 2027-02-12 100 60 5000000 \
  'E-learning Literasi Digital Guru Kutacane' "$(sessions 2027-01-11 5 4)" '[]'

# Kupang: a primary-care training running now; an internship cancelled.
program DEMO-KPG-PELAYANAN-KESEHATAN 53.71 TRAINING TEKNIS DINKES-KPG 2026-11-23 2026-11-27 30 70 40000000 \
  'Pelatihan Pelayanan Kesehatan Primer Kota Kupang' "$(sessions 2026-11-23 5 8)" \
  '[{"indicatorCode":"IKU-WAKTU-TUNGGU","agencyCode":"DINKES-KPG","expectedChange":"DECREASE"},{"serviceUnitCode":"PKM-OEBOBO-KPG","expectedChange":"INCREASE"}]'
move SCHEDULED
read -r -a people <<< "${staff[DINKES-KPG]}"
enrol "${people[@]}"
for nip in "${people[@]}"; do scores "$nip" 55 null; done
move RUNNING
for nip in "${people[@]}"; do attend "$nip" 1; done
program DEMO-KPG-MAGANG 53.71 INTERNSHIP MANAJERIAL DINKES-KPG 2026-07-01 2026-07-31 5 70 25000000 \
  'Magang Manajemen Puskesmas Kota Kupang' "$(sessions 2026-07-01 5 8)" '[]'
move SCHEDULED 'CANCELLED:Rumah sakit mitra tidak dapat menerima peserta'

# Jakarta: a road-safety seminar completed; a coaching of Puskesmas heads scheduled.
program DEMO-DKI-SEMINAR-PERHUBUNGAN 31.71 SEMINAR SOSIAL_KULTURAL DISHUB-DKI 2026-01-20 2026-01-20 100 60 8000000 \
  'Seminar Keselamatan Transportasi Dinas Perhubungan DKI Jakarta' "$(sessions 2026-01-20 1 8)" \
  '[{"indicatorCode":"IKU-RESPON-ADUAN","agencyCode":"DISHUB-DKI","expectedChange":"DECREASE"}]'
move SCHEDULED
read -r -a people <<< "${staff[DISHUB-DKI]}"
enrol "${people[@]}"
move RUNNING
for nip in "${people[@]}"; do attend "$nip" 1; scores "$nip" 60 82; done
expense VENUE 6000000 2026-01-20 'Balai Kota'
move COMPLETED
program DEMO-DKI-COACHING-PUSKESMAS 31.75 COACHING MANAJERIAL SUDINKES-JT 2026-12-01 2027-01-29 8 70 9000000 \
  'Coaching Kepala Puskesmas Jakarta Timur' "$(sessions 2026-12-01 4 4)" \
  '[{"serviceUnitCode":"PKM-CAKUNG","expectedChange":"INCREASE"}]'
move SCHEDULED
read -r -a people <<< "${staff[SUDINKES-JT]}"
enrol "${people[@]}"

response() { # key unit date U1..U9
  local key=$1 unit=$2 date=$3
  shift 3
  post "$responses" "skm-$key" "$(printf '{"serviceUnitCode":"%s","surveyDate":"%s","answers":{"U1":%d,"U2":%d,"U3":%d,"U4":%d,"U5":%d,"U6":%d,"U7":%d,"U8":%d,"U9":%d}}' \
    "$unit" "$date" "$@")"
}
# Puskesmas Batua, Makassar: the four responses of the worked example in docs/domain.md, "SKM and IKM" (IKM 83.33, B).
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
echo "Demo data loaded: 8 agencies, 6 service units, 24 employees, 9 programs (draft, scheduled, running, completed, cancelled) with participants, 20 SKM responses, 6 realisations" \
  "(a second load writes nothing new)"
