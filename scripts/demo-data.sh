#!/usr/bin/env bash
# Loads the demo data set through the services' own APIs: the regions and cases of the
# evaluation reports (Makassar, Kutacane in Aceh Tenggara, Kupang, Jakarta), and each service
# unit's SKM campaigns: one a quarter from 2025 Q1, closed with their paper forms, and the
# current quarter's open to citizens. Every write carries an Idempotency-Key of its own (a
# campaign, which takes none, is found again by its unit and period), so a second load (or one
# finishing an interrupted load) writes nothing twice.
# Three of the reports' stories are whole evaluations a newcomer can open (README, "The demo's
# evaluations"): the Makassar health office's complaint-management training, whose response time
# roughly halved against a transport office that barely moved; the Jakarta Puskesmas' service-
# excellence training, whose unit's IKM rose no more than that of a Puskesmas with no one trained;
# and a Kupang training whose participants found material irrelevant and had no time for it.
set -euo pipefail
token=${SIMONEV_ADMIN_TOKEN:?an admin token is needed}
programs_service=http://127.0.0.1:${SIMONEV_PROGRAMS_PORT:-8081}/api/v1
programs=$programs_service/programs
campaigns=http://127.0.0.1:${SIMONEV_SURVEYS_PORT:-8082}/api/v1/campaigns
indicators=http://127.0.0.1:${SIMONEV_PERFORMANCE_PORT:-8083}/api/v1/indicators
reporting=http://127.0.0.1:${SIMONEV_REPORTING_PORT:-8084}/api/v1
answer=$(mktemp)
headers=$(mktemp)
trap 'rm -f "$answer" "$headers"' EXIT

# The seconds a 429 asks to wait: the public evaluation links take 60 requests a minute from one address.
retry_after() {
  local seconds
  seconds=$(sed -n 's/^retry-after: *\([0-9]*\).*/\1/ip' "$headers" | head -n 1)
  echo "${seconds:-1}"
}

# POSTs with the given key. surveys- and performance-service learn the regions from
# programs-service's events, so a 422 right after a first start is retried for a while.
post() {
  local url=$1 key=$2 body=$3 status
  for _ in $(seq 60); do
    status=$(curl -s -o "$answer" -D "$headers" -w '%{http_code}' -X POST "$url" -H "Authorization: Bearer $token" \
      -H "Idempotency-Key: demo-$key" -H 'Content-Type: application/json' -d "$body")
    case $status in
      200|201|409) return 0 ;;
      422) sleep 0.5 ;;
      429) sleep "$(retry_after)" ;;
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
agency DINKES-DKI 31 'Dinas Kesehatan Provinsi DKI Jakarta'
agency SUDINKES-JP 31.71 'Suku Dinas Kesehatan Jakarta Pusat'
agency SUDINKES-JT 31.75 'Suku Dinas Kesehatan Jakarta Timur'

declare -A unit_names
unit() { # code agency name yearly-users
  unit_names[$1]=$3
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
declare -A staff head
pns_ranks=(III/a III/b III/c III/d II/c)
# The first of each agency heads it (an administrator, the atasan langsung of the others), so that
# appraisals have their appraisers. Heads are registered first: a supervisor must be known.
for i in $(seq 0 23); do
  gender_digit=$((i % 2 + 1))
  gender=$([ "$gender_digit" = 1 ] && echo L || echo P)
  nip=$(printf '19%02d%02d%02d20%02d%02d%d%03d' $((70 + i)) $((i % 12 + 1)) $((i % 28 + 1)) $((5 + i % 15)) \
    $((i % 12 + 1)) "$gender_digit" $((i + 1)))
  status=$([ $((i % 5)) = 4 ] && echo PPPK || echo PNS)
  agency=${agencies[$((i % 8))]}
  if [ "$i" -lt 8 ]; then
    position_type=ADMINISTRATOR
    rank=$([ "$status" = PPPK ] && echo XI || echo IV/a)
    supervisor=null
    head[$agency]=$nip
  else
    position_type=$([ $((i % 3)) = 0 ] && echo FUNGSIONAL || echo PELAKSANA)
    rank=$([ "$status" = PPPK ] && echo IX || echo "${pns_ranks[$((i % 5))]}")
    supervisor="\"${head[$agency]}\""
  fi
  employee=$(printf '"name":"%s","agencyCode":"%s","position":"%s","status":"%s","positionType":"%s","rank":"%s","supervisorNip":%s' \
    "${names[$((i % 12))]}" "$agency" 'Analis Kebijakan' "$status" "$position_type" "$rank" "$supervisor")
  post "$programs_service/employees" "employee-$nip-v2" "{\"nip\":\"$nip\",\"gender\":\"$gender\",$employee}"
  # An employee from a first load before appraisals gains position type, rank and supervisor.
  put "$programs_service/employees/$nip" "{$employee}"
  staff[$agency]+="$nip "
done
# The Kupang health office's Puskesmas staff (nurses, midwives, a pharmacist...), for its management
# training; kept apart from the staff above, who are appraised.
kupang_staff=()
kupang_positions=('Perawat' 'Bidan' 'Perawat' 'Bidan' 'Sanitarian' 'Nutrisionis' 'Pranata Laboratorium Kesehatan'
                  'Apoteker' 'Perawat')
kupang_names=('Fransiskus Lay' 'Agustina Ndolu' 'Marthen Bessie' 'Yuliana Manafe' 'Stefanus Nope' 'Elisabeth Pello'
              'Daniel Fanggidae' 'Ribka Taopan' 'Yosef Seran')
for k in "${!kupang_names[@]}"; do
  gender_digit=$((k % 2 + 1))
  gender=$([ "$gender_digit" = 1 ] && echo L || echo P)
  nip=$(printf '19%02d%02d%02d20%02d%02d%d%03d' $((82 + k)) $((k + 2)) $((k * 3 + 4)) $((10 + k)) $((k + 1)) \
    "$gender_digit" $((101 + k)))
  employee=$(printf '"name":"%s","agencyCode":"DINKES-KPG","position":"%s","status":"PNS","positionType":"FUNGSIONAL"' \
    "${kupang_names[$k]}" "${kupang_positions[$k]}")
  employee+=$(printf ',"rank":"%s","supervisorNip":"%s"' "${pns_ranks[$((k % 4))]}" "${head[DINKES-KPG]}")
  post "$programs_service/employees" "employee-$nip" "{\"nip\":\"$nip\",\"gender\":\"$gender\",$employee}"
  kupang_staff+=("$nip")
done

# Programs in every state of their life, with participants, attendance, test scores and expenses.
# Their trainers (pengajar) are the same people from program to program, so that a trainer's results
# add up across programs: widyaiswara of the provinces' BPSDM and of LAN with their NIP, and speakers
# who are not civil servants (a private university, the Ombudsman, an association) without one.
trainer() { # name nip institution (an empty nip: not a civil servant)
  printf '{"name":"%s","nip":%s,"institution":"%s"}' "$1" "$([ -n "$2" ] && echo "\"$2\"" || echo null)" "$3"
}
andi=$(trainer 'Dr. Andi Rahman, M.Si.' 197503122000031002 'BPSDM Provinsi Sulawesi Selatan')
nurhaedah=$(trainer 'Dra. Hj. St. Nurhaedah, M.Pd.' 196808241994032005 'BPSDM Provinsi Sulawesi Selatan')
idrus=$(trainer 'Dr. Ir. Muhammad Idrus, M.T.' '' 'Universitas Muslim Indonesia')
ombudsman=$(trainer 'Siti Rahmawati, S.H., M.H.' '' 'Ombudsman RI Perwakilan Sulawesi Selatan')
hendra=$(trainer 'Drs. Hendra Wijaya, M.A.P.' 197012201996031004 'Lembaga Administrasi Negara')
zulkarnain=$(trainer 'Dr. Teuku Zulkarnain, M.Pd.' 197109152003121001 'BPSDM Aceh')
nurul=$(trainer 'Nurul Fajri, S.Pd., M.Pd.' 198404182009022003 'Balai Guru Penggerak Provinsi Aceh')
rahmad=$(trainer 'Dr. Rahmad Syah Putra, M.Pd.' '' 'Universitas Gunung Leuser')
maria=$(trainer 'drg. Maria Goreti Seran, M.Kes.' 197806102005012004 'BPSDM Provinsi Nusa Tenggara Timur')
agustinus=$(trainer 'Dr. Agustinus Nahak, S.KM., M.Kes.' '' 'Universitas Katolik Widya Mandira')
bambang=$(trainer 'Ir. Bambang Prihartono, M.Sc.' 196904051995031003 'BPSDM Provinsi DKI Jakarta')
rini=$(trainer 'Dr. Rini Kusumawati, S.T., M.T.' '' 'Masyarakat Transportasi Indonesia')
sessions() { # first-day count jp team...: one session a day, the teams (trainers joined by ,) in turn
  local list= first=$1 count=$2 jp=$3
  shift 3
  local teams=("$@")
  for day in $(seq 0 $((count - 1))); do
    list+="${list:+,}{\"date\":\"$(date -d "$first + $day day" +%F)\",\"jp\":$jp,\"trainers\":[${teams[$((day % ${#teams[@]}))]}]}"
  done
  echo "[$list]"
}
# Arguments: code region format competency organiser[>targets] start end capacity passing-score budget
# title sessions outcomes. The organiser is the one target agency, or it names them: DINKES-DKI>SUDINKES-JP,SUDINKES-JT.
program() {
  local plan organiser=${5%%>*} targets=${5#*>}
  plan=$(printf '{"code":"%s","regionCode":"%s","format":"%s","competencyType":"%s","organisingAgencyCode":"%s","targetAgencyCodes":["%s"],"startDate":"%s","endDate":"%s","capacity":%d,"passingScore":%s,"plannedBudget":%d,"title":"%s","sessions":%s,"expectedOutcomes":%s}' \
    "$1" "$2" "$3" "$4" "$organiser" "${targets//,/\",\"}" "${@:6}")
  post "$programs" "program-$1-v2" "$plan"
  program_id=$(sed -n 's/^{"id":"\([0-9a-f-]*\)".*/\1/p' "$answer")
  if [ -z "$program_id" ]; then
    # A 409: the program of a load from before trainers were planned. Found by its code, it gains
    # them, unless it is completed or cancelled (its plan no longer changes: the PUT's 409).
    program_id=$(curl -s "$programs?agency=$organiser&size=200" -H "Authorization: Bearer $token" | grep -o '{[^{}]*}' \
      | grep -F "\"code\":\"$1\"" | sed -n 's/^{"id":"\([0-9a-f-]*\)".*/\1/p')
    if [ -z "$program_id" ]; then
      echo "Demo data: program $1 was neither drafted nor found: $(cat "$answer")" >&2
      return 1
    fi
    put "$programs/$program_id" "$plan"
  fi
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
  'Pelatihan Pelayanan Prima Dinas Perhubungan Kota Makassar' \
  "$(sessions 2026-02-09 5 8 "$andi" "$nurhaedah" "$andi,$idrus" "$nurhaedah" "$andi")" \
  '[{"indicatorCode":"IKU-RESPON-ADUAN","agencyCode":"DISHUB-MKS","expectedChange":"DECREASE"},{"serviceUnitCode":"UPT-PENGADUAN-DISHUB-MKS","expectedChange":"INCREASE"}]'
move SCHEDULED
run_to_completion DISHUB-MKS 5 '45 50 40' '80 75 85'
expense HONORARIUM 12000000 2026-02-09 'Narasumber BPSDM Sulawesi Selatan'
expense CONSUMPTION 9750000 2026-02-13 'Konsumsi lima hari'
expense MATERIALS 3200000 2026-02-09 'Modul dan ATK'
move COMPLETED
program DEMO-MKS-PENANGANAN-ADUAN 73.71 WORKSHOP TEKNIS DISHUB-MKS 2026-11-23 2026-11-25 20 75 18000000 \
  'Workshop Penanganan Pengaduan Masyarakat' "$(sessions 2026-11-23 3 8 "$andi" "$andi,$ombudsman" "$nurhaedah")" '[]'
move SCHEDULED
read -r -a people <<< "${staff[DISHUB-MKS]}"
enrol "${people[@]}"
withdraw "${people[2]}" WORKLOAD 'Tidak ada waktu: tugas lapangan'
move RUNNING
attend "${people[0]}" 1 2
attend "${people[1]}" 1
expense VENUE 4500000 2026-11-23 'Aula Dinas Perhubungan'
program DEMO-MKS-MENTORING-PUSKESMAS 73.71 MENTORING MANAJERIAL DINKES-MKS 2026-12-07 2027-02-26 10 70 12000000 \
  'Mentoring Kepala Puskesmas Kota Makassar' "$(sessions 2026-12-07 4 8 "$hendra" "$nurhaedah")" \
  '[{"serviceUnitCode":"PKM-BATUA-MKS","expectedChange":"INCREASE"}]'
move SCHEDULED
read -r -a people <<< "${staff[DINKES-MKS]}"
enrol "${people[@]}"
# The complaint-management training of the Makassar health office (May 2025), judged on the office's
# complaint response time; its staff only took part, so the transport office is its comparison.
program DEMO-MKS-MANAJEMEN-ADUAN 73.71 TRAINING TEKNIS DINKES-MKS 2025-05-12 2025-05-16 20 70 32000000 \
  'Pelatihan Manajemen Pengaduan Masyarakat Dinas Kesehatan Kota Makassar' \
  "$(sessions 2025-05-12 5 8 "$ombudsman" "$andi" "$ombudsman,$nurhaedah" "$andi" "$ombudsman")" \
  '[{"indicatorCode":"IKU-RESPON-ADUAN","agencyCode":"DINKES-MKS","expectedChange":"DECREASE"}]'
move SCHEDULED
run_to_completion DINKES-MKS 5 '52 47 58' '81 76 72'
expense HONORARIUM 11500000 2025-05-12 'Narasumber Ombudsman dan BPSDM Sulawesi Selatan'
expense CONSUMPTION 8400000 2025-05-16 'Konsumsi lima hari'
expense MATERIALS 2750000 2025-05-12 'Modul alur pengaduan dan formulir'
move COMPLETED

# Aceh Tenggara: the curriculum training of Dinas Pendidikan, completed; an e-learning still a draft.
program DEMO-AGR-KURIKULUM 11.02 TRAINING TEKNIS DISDIK-AGR 2026-02-16 2026-02-21 30 65 60000000 \
  'Pelatihan Implementasi Kurikulum Dinas Pendidikan Aceh Tenggara' \
  "$(sessions 2026-02-16 6 8 "$zulkarnain" "$nurul" "$zulkarnain,$rahmad")" \
  '[{"indicatorCode":"IKU-SEKOLAH-TERAKREDITASI","agencyCode":"DISDIK-AGR","expectedChange":"INCREASE"}]'
move SCHEDULED
run_to_completion DISDIK-AGR 6 '50 55 35' '78 64 70'
expense HONORARIUM 18000000 2026-02-16 'Fasilitator kurikulum'
expense ACCOMMODATION 21000000 2026-02-16 'Penginapan peserta dari kecamatan'
move COMPLETED
program DEMO-AGR-ELEARNING 11.02 E_LEARNING SOSIAL_KULTURAL DISDIK-AGR 2027-01-11 2027-02-12 100 60 5000000 \
  'E-learning Literasi Digital Guru Kutacane' "$(sessions 2027-01-11 5 4 "$nurul" "$zulkarnain")" '[]'

# Kupang: a primary-care training running now; an internship cancelled.
program DEMO-KPG-PELAYANAN-KESEHATAN 53.71 TRAINING TEKNIS DINKES-KPG 2026-11-23 2026-11-27 30 70 40000000 \
  'Pelatihan Pelayanan Kesehatan Primer Kota Kupang' \
  "$(sessions 2026-11-23 5 8 "$maria" "$maria,$agustinus" "$agustinus")" \
  '[{"indicatorCode":"IKU-WAKTU-TUNGGU","agencyCode":"DINKES-KPG","expectedChange":"DECREASE"},{"serviceUnitCode":"PKM-OEBOBO-KPG","expectedChange":"INCREASE"}]'
move SCHEDULED
read -r -a people <<< "${staff[DINKES-KPG]}"
enrol "${people[@]}"
for nip in "${people[@]}"; do scores "$nip" 55 null; done
move RUNNING
for nip in "${people[@]}"; do attend "$nip" 1; done
program DEMO-KPG-MAGANG 53.71 INTERNSHIP MANAJERIAL DINKES-KPG 2026-07-01 2026-07-31 5 70 25000000 \
  'Magang Manajemen Puskesmas Kota Kupang' "$(sessions 2026-07-01 5 8 "$maria")" '[]'
move SCHEDULED 'CANCELLED:Rumah sakit mitra tidak dapat menerima peserta'
# The management training of Kupang's Puskesmas (March 2026): twelve enrolled, five dropped out (the
# workload, a clash with posyandu, the material not their job), and those who stayed rated the
# material's fit and the schedule low (their reaction links are answered below).
program DEMO-KPG-MANAJEMEN-PUSKESMAS 53.71 TRAINING MANAJERIAL DINKES-KPG 2026-03-09 2026-03-13 15 70 36000000 \
  'Pelatihan Manajemen Puskesmas Kota Kupang' \
  "$(sessions 2026-03-09 5 8 "$maria" "$agustinus" "$maria,$agustinus" "$maria" "$agustinus")" '[]'
move SCHEDULED
read -r -a people <<< "${staff[DINKES-KPG]}"
people+=("${kupang_staff[@]}")
enrol "${people[@]}"
withdraw "${kupang_staff[2]}" WORKLOAD 'Menyusun laporan SPM akhir triwulan'
withdraw "${kupang_staff[3]}" WORKLOAD 'Jaga persalinan, tidak ada bidan pengganti'
withdraw "${kupang_staff[6]}" SCHEDULE_CONFLICT 'Bersamaan dengan posyandu dan imunisasi'
move RUNNING
for nip in "${people[@]:0:3}" "${kupang_staff[@]:0:2}" "${kupang_staff[4]}" "${kupang_staff[5]}" "${kupang_staff[7]}" \
  "${kupang_staff[8]}"; do
  attend "$nip" 1
done
withdraw "${kupang_staff[7]}" NOT_RELEVANT 'Materi manajemen Puskesmas tidak menyangkut tugas kefarmasian'
withdraw "${kupang_staff[4]}" WORKLOAD 'Dipanggil kembali ke Puskesmas: kekurangan tenaga'
stayed=("${people[@]:0:3}" "${kupang_staff[0]}" "${kupang_staff[1]}" "${kupang_staff[5]}" "${kupang_staff[8]}")
pre=(48 55 51 44 58 50 46)
post=(74 71 80 62 77 69 73)
for i in "${!stayed[@]}"; do
  # Two could not leave their Puskesmas on the busiest days.
  if [ "$i" = 3 ] || [ "$i" = 6 ]; then attend "${stayed[$i]}" 2 4; else attend "${stayed[$i]}" 2 3 4 5; fi
  scores "${stayed[$i]}" "${pre[$i]}" "${post[$i]}"
done
expense HONORARIUM 10000000 2026-03-09 'Widyaiswara BPSDM NTT dan narasumber Unwira'
expense CONSUMPTION 7350000 2026-03-13 'Konsumsi lima hari'
move COMPLETED

# Jakarta: a road-safety seminar completed; a coaching of Puskesmas heads scheduled.
program DEMO-DKI-SEMINAR-PERHUBUNGAN 31.71 SEMINAR SOSIAL_KULTURAL DISHUB-DKI 2026-01-20 2026-01-20 100 60 8000000 \
  'Seminar Keselamatan Transportasi Dinas Perhubungan DKI Jakarta' "$(sessions 2026-01-20 1 8 "$bambang,$rini")" \
  '[{"indicatorCode":"IKU-RESPON-ADUAN","agencyCode":"DISHUB-DKI","expectedChange":"DECREASE"}]'
move SCHEDULED
read -r -a people <<< "${staff[DISHUB-DKI]}"
enrol "${people[@]}"
move RUNNING
for nip in "${people[@]}"; do attend "$nip" 1; scores "$nip" 60 82; done
expense VENUE 6000000 2026-01-20 'Balai Kota'
move COMPLETED
program DEMO-DKI-COACHING-PUSKESMAS 31.75 COACHING MANAJERIAL SUDINKES-JT 2026-12-01 2027-01-29 8 70 9000000 \
  'Coaching Kepala Puskesmas Jakarta Timur' "$(sessions 2026-12-01 4 4 "$hendra")" \
  '[{"serviceUnitCode":"PKM-CAKUNG","expectedChange":"INCREASE"}]'
move SCHEDULED
read -r -a people <<< "${staff[SUDINKES-JT]}"
enrol "${people[@]}"
# The province's service-excellence training for Puskesmas staff (August 2025), offered to both
# Sudinkes: Jakarta Pusat sent Puskesmas Menteng's staff, Jakarta Timur no one, so Puskesmas Cakung
# is its comparison for the IKM.
program DEMO-DKI-PELAYANAN-PRIMA-PUSKESMAS 31 TRAINING TEKNIS 'DINKES-DKI>SUDINKES-JP,SUDINKES-JT' \
  2025-08-11 2025-08-14 30 70 28000000 'Pelatihan Pelayanan Prima Puskesmas Provinsi DKI Jakarta' \
  "$(sessions 2025-08-11 4 8 "$bambang" "$hendra" "$bambang,$hendra" "$hendra")" \
  '[{"serviceUnitCode":"PKM-MENTENG","expectedChange":"INCREASE"}]'
move SCHEDULED
run_to_completion SUDINKES-JP 4 '61 54 49' '84 79 66'
expense HONORARIUM 9600000 2025-08-11 'Widyaiswara BPSDM DKI Jakarta dan LAN'
expense CONSUMPTION 5200000 2025-08-14 'Konsumsi empat hari'
move COMPLETED

# GETs into $answer; a 429 waits as long as it asks.
get() {
  local url=$1 status
  for _ in $(seq 10); do
    status=$(curl -s -o "$answer" -D "$headers" -w '%{http_code}' "$url" -H "Authorization: Bearer $token")
    [ "$status" = 429 ] || break
    sleep "$(retry_after)"
  done
  if [ "$status" != 200 ]; then
    echo "Demo data: GET $url answered $status: $(cat "$answer")" >&2
    return 1
  fi
}

# Evaluation questionnaires: the completed demo programs' participants answered their reaction links
# and their alumni and supervisors the post-training 360 (issued at completion: the programs ended
# more than their lag ago). The seminar's last reaction link stays unused, to try; with two answers of
# three, the seminar's reaction shows its counts only. Kupang's participants rate low the material's fit
# to their needs (D1), its use for their work (D4) and the schedule (D5).
# A second load finds no open link to answer but that one.
evaluations=http://127.0.0.1:${SIMONEV_SURVEYS_PORT:-8082}/api/v1
public_evaluations=$evaluations/public/programs
declare -A item_count=([penyelenggaraan]=D:8 [pasca-pelatihan]=B:5,I:6)
# Every item of the section, 3 to 5, varying with the seed and the trainer; the low items mostly 2, some 3 or 1.
answer_sheet() { # section-key seed low-items
  local spec=${item_count[$1]:-T:13} items= n=0 seed=$2 item value
  [[ $1 == pengajar-* ]] && seed=$((seed + ${1#pengajar-} * 2))
  for part in ${spec//,/ }; do
    for i in $(seq 1 "${part#*:}"); do
      n=$((n + 1))
      item=${part%%:*}$i
      value=$(( (n * 7 + seed * 3) % 5 == 0 ? 3 : (n + seed) % 3 == 0 ? 5 : 4 ))
      [[ " $3 " == *" $item "* ]] &&
        value=$(( (n * 5 + seed * 3) % 4 == 0 || (n * 3 + seed) % 5 == 0 ? 3 : (n + seed * 2) % 7 == 0 ? 1 : 2 ))
      items+="${items:+,}\"$item\":$value"
    done
  done
  echo "\"$1\":{$items}"
}
declare -A low_items=([DEMO-KPG-MANAJEMEN-PUSKESMAS]='D1 D4 D5')
answered_links=0
unused_link=
# Answers a completed program's open links of the questionnaires named (once they are issued); with
# POST_TRAINING, two colleagues of each alumnus rate them too, through open peer links the office hands out.
answer_links() { # code questionnaire...
  local code=$1 id questionnaire alumnus key sheet i
  shift
  get "$programs?size=200"
  id=$(grep -o "{\"id\":\"[0-9a-f-]*\",\"code\":\"$code\"" "$answer" | sed 's/{"id":"\([0-9a-f-]*\)".*/\1/')
  for _ in $(seq 1 60); do
    status=$(curl -s -o "$answer" -w '%{http_code}' "$evaluations/programs/$id/evaluation-links/summary" \
      -H "Authorization: Bearer $token")
    [ "$status" = 200 ] && grep -q '"postTrainingIssued":true' "$answer" && break
    sleep 1
  done
  if [[ " $* " == *" POST_TRAINING "* ]]; then
    get "$evaluations/programs/$id/evaluation-links?questionnaire=POST_TRAINING&role=SELF&size=200"
    for alumnus in $(grep -o '"participantNip":"[0-9]*"' "$answer" | sed 's/.*:"\(.*\)"/\1/'); do
      put "$evaluations/programs/$id/participants/$alumnus/post-training-raters" '{"openPeerLinks":2}'
    done
  fi
  for questionnaire in "$@"; do
    get "$evaluations/programs/$id/evaluation-links?questionnaire=$questionnaire&status=OPEN&size=200"
    read -r -a tokens <<< "$(grep -o '"token":"[A-Z0-9]*"' "$answer" | sed 's/"token":"\(.*\)"/\1/' | tr '\n' ' ')"
    read -r -a links <<< "$(grep -o '"link":"[^"]*"' "$answer" | sed 's/"link":"\(.*\)"/\1/' | tr '\n' ' ')"
    for i in "${!tokens[@]}"; do
      if [ "$code$questionnaire" = DEMO-DKI-SEMINAR-PERHUBUNGANREACTION ] && [ "$i" = $((${#tokens[@]} - 1)) ]; then
        unused_link=${links[$i]}
        continue
      fi
      get "$public_evaluations/$id/evaluations/${tokens[$i]}"
      sheet=
      for key in $(grep -o '"key":"[a-z0-9-]*"' "$answer" | sed 's/"key":"\(.*\)"/\1/'); do
        sheet+="${sheet:+,}$(answer_sheet "$key" $((answered_links + i)) "${low_items[$code]:-}")"
      done
      post "$public_evaluations/$id/evaluations/${tokens[$i]}" "answer-${tokens[$i]}" "{\"sections\":{$sheet}}"
      answered_links=$((answered_links + 1))
    done
  done
}
# The three stories' programs: their reaction only, now, so that these answers and those below do not
# meet in one minute of the links' rate limit.
for code in DEMO-MKS-MANAJEMEN-ADUAN DEMO-KPG-MANAJEMEN-PUSKESMAS DEMO-DKI-PELAYANAN-PRIMA-PUSKESMAS; do
  answer_links "$code" REACTION
done

# SKM: every unit has a campaign per quarter from 2025 Q1, by the office's date (WIB). Each
# finished quarter's campaign is opened, gets its paper forms and is closed; the current quarter's
# stays open for citizens. A campaign takes no Idempotency-Key, so a second load finds it by its
# unit and period (as it finds the closed quarterly campaigns that the migration made of responses
# stored before campaigns existed) and leaves a closed one alone: its forms went in before it closed.
json_field() { # name json: the value of a text field, empty when it is null or absent
  sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" <<< "$2"
}
declare -A known_campaigns # unit -> its campaigns, one JSON object a line
for unit in "${!unit_names[@]}"; do
  get "$campaigns?serviceUnit=$unit&size=200"
  known_campaigns[$unit]=$(grep -o '{[^{}]*}' "$answer" || true)
done
campaign() { # unit start end title: finds or sets up the unit's campaign of the period, opens a draft
  local found
  found=$(grep -F "\"startDate\":\"$2\"" <<< "${known_campaigns[$1]}" | grep -F "\"endDate\":\"$3\"" | head -n 1 || true)
  if [ -z "$found" ]; then
    post "$campaigns" "campaign-$1-$2" \
      "$(printf '{"serviceUnitCode":"%s","startDate":"%s","endDate":"%s","title":"%s"}' "$@")"
    found=$(cat "$answer")
  fi
  if [ "$(json_field status "$found")" = DRAFT ]; then
    post "$campaigns/$(json_field id "$found")/open" "open-$(json_field id "$found")" ''
    found=$(cat "$answer")
  fi
  campaign_id=$(json_field id "$found")
  campaign_status=$(json_field status "$found")
  campaign_link=$(json_field link "$found")
  case $campaign_status in
    OPEN|CLOSED) ;;
    *) echo "Demo data: the campaign of $1 from $2 is not open: $found" >&2; return 1 ;;
  esac
}
paper_form() { # key date respondent-json suggestion U1..U9 (respondent and suggestion may be empty)
  local key=$1 date=$2 respondent=$3 suggestion=$4
  shift 4
  post "$campaigns/$campaign_id/responses" "response-$key" \
    "$(printf '{"surveyDate":"%s","answers":{"U1":%d,"U2":%d,"U3":%d,"U4":%d,"U5":%d,"U6":%d,"U7":%d,"U8":%d,"U9":%d}' \
      "$date" "$@")${respondent:+,\"respondent\":$respondent}${suggestion:+,\"suggestion\":\"$suggestion\"}}"
}

# How satisfied each unit's users are, quarter by quarter: the mean answer x 100 (IKM = mean x 25)
# of 2025 Q1, its change per quarter, and a step from a quarter on (counted from 0 = 2025 Q1).
# The complaint desk of Dinas Perhubungan Makassar rises from C to B after its service-excellence
# training of February 2026. Jakarta's Puskesmas Menteng and Cakung both rise through 2025, about
# as much (+4 a quarter): the trend, not the training of Menteng's staff in August 2025. Cakung then
# slips in 2026 Q2, which is why its head is being coached.
# Level 4 of DEMO-DKI-PELAYANAN-PRIMA-PUSKESMAS (2025 Q3): before = 2025 Q1-Q2, after = 2025 Q4-2026 Q1,
# each window's IKM = 25 x the mean of all its forms' answers (9 items, equal weights):
#   PKM-MENTENG (treated)    before 21 forms, answers summing 626 of 189: 82.80 (B); after 19 forms, 593 of 171:
#                            86.70 (B); change +3.90 (from the values as shown, as reports take it)
#   PKM-CAKUNG (comparison)  before 27 forms, 726 of 243: 74.69 (C); after 25 forms, 703 of 225: 78.11 (B);
#                            change +3.42
#   DiD = 3.90 - 3.42 = +0.48 IKM points: not distinguishable from the trend.
skm_units=(PKM-BATUA-MKS UPT-PENGADUAN-DISHUB-MKS PKM-KUTACANE PKM-OEBOBO-KPG PKM-MENTENG PKM-CAKUNG)
skm_trends=('318 2 0 0'   '276 1 45 5'             '290 3 0 0'  '300 0 0 0'    '328 4 0 0'  '298 4 -22 5')
wobble=(0 6 -5 3)
# Some elements fare better than the unit's mean, some worse: care is mostly free (U4, 4 = gratis),
# staff are polite (U7); waiting (U3), complaint handling (U8) and the premises (U9) lag.
item_bias=(0 0 -20 40 0 5 10 -20 -15)
educations=(SD SMP SMA SMA SMA D1_D3_D4 S1 S1 S2)
occupations=(WIRAUSAHA SWASTA SWASTA LAINNYA LAINNYA PNS WIRAUSAHA TNI POLRI)
puskesmas_services=('Pemeriksaan umum' 'Kesehatan ibu dan anak' 'Pemeriksaan gigi' 'Imunisasi' 'Laboratorium')
puskesmas_suggestions=('Antrean pendaftaran perlu nomor urut elektronik' 'Ruang tunggu perlu kursi dan kipas angin tambahan'
                       'Petugas ramah, pertahankan' 'Mohon pelayanan dimulai tepat pukul 08.00')
desk_services=('Pengaduan angkutan umum' 'Pengaduan parkir liar' 'Pengaduan lampu lalu lintas')
desk_suggestions=('Tanggapan pengaduan mohon lebih cepat' 'Nomor pengaduan sering tidak diangkat'
                  'Petugas sigap, terima kasih')
# A fixed generator (a linear congruential one), so that every load enters the same answers.
next_roll() { # sets roll, from 0 to 99
  seed=$(( (seed * 1103515245 + 12345) % 2147483648 ))
  roll=$(( seed / 65536 % 100 ))
}
skm_answer() { # mean x 100 the item aims at: sets item_answer, with 3 as the usual answer, 4 and 2 around it
  local aim=$1 fours twos
  if [ "$aim" -ge 300 ]; then fours=$((aim - 295)) twos=5; else fours=5 twos=$((305 - aim)); fi
  next_roll
  if [ "$roll" -lt "$fours" ]; then item_answer=4
  elif [ "$roll" -ge $((100 - twos)) ]; then item_answer=$([ "$roll" -ge 98 ] && [ "$aim" -lt 290 ] && echo 1 || echo 2)
  else item_answer=3
  fi
}
romans=(I II III IV)
quarter_start() { printf '%d-%02d-01' "$1" $(($2 * 3 - 2)); } # year quarter
quarter_end() { date -d "$(quarter_start "$1" "$2") + 3 month - 1 day" +%F; }

today=$(TZ=Asia/Jakarta date +%F)
current_year=${today:0:4}
current_quarter=$(( (10#${today:5:2} + 2) / 3 ))
past_quarters=()
for ((year = 2025; year <= current_year; year++)); do
  for quarter in 1 2 3 4; do
    if [ $((year * 4 + quarter)) -lt $((current_year * 4 + current_quarter)) ]; then
      past_quarters+=("$year $quarter")
    fi
  done
done

closed_campaigns=0
paper_forms=0
open_links=()
for u in "${!skm_units[@]}"; do
  unit=${skm_units[$u]}
  read -r base per_quarter step step_from <<< "${skm_trends[$u]}"
  if [[ $unit == PKM-* ]]; then
    services=("${puskesmas_services[@]}") suggestions=("${puskesmas_suggestions[@]}")
  else
    services=("${desk_services[@]}") suggestions=("${desk_suggestions[@]}")
  fi
  for past in "${past_quarters[@]}"; do
    read -r year quarter <<< "$past"
    index=$(( (year - 2025) * 4 + quarter - 1 ))
    start=$(quarter_start "$year" "$quarter")
    campaign "$unit" "$start" "$(quarter_end "$year" "$quarter")" \
      "SKM ${unit_names[$unit]} triwulan ${romans[$((quarter - 1))]} $year"
    closed_campaigns=$((closed_campaigns + 1))
    key=$unit-$year-Q$quarter
    if [ "$unit" = PKM-BATUA-MKS ] && [ "$year-$quarter" = 2026-2 ]; then
      # The four responses of the worked example in docs/domain.md, "SKM and IKM": this campaign's IKM is 83.33, B.
      paper_forms=$((paper_forms + 4))
      [ "$campaign_status" = CLOSED ] && continue
      paper_form "$key-1" 2026-06-15 '' '' 4 4 3 4 3 3 4 3 4
      paper_form "$key-2" 2026-06-15 '' '' 3 3 3 3 3 3 3 3 3
      paper_form "$key-3" 2026-06-16 '' '' 4 3 4 4 4 4 4 3 3
      paper_form "$key-4" 2026-06-16 '' '' 2 3 3 4 3 4 4 3 2
    else
      forms=$((8 + (index * 5 + u * 3) % 8))
      paper_forms=$((paper_forms + forms))
      [ "$campaign_status" = CLOSED ] && continue
      mean=$((base + per_quarter * index + wobble[(index + u) % 4]))
      [ "$index" -ge "$step_from" ] && mean=$((mean + step))
      seed=$((1 + u * 1000 + index * 37))
      for ((form = 0; form < forms; form++)); do
        answers=()
        for bias in "${item_bias[@]}"; do
          skm_answer $((mean + bias))
          answers+=("$item_answer")
        done
        next_roll; gender=$([ $((roll % 2)) = 0 ] && echo L || echo P)
        next_roll; age=$((17 + roll / 2))
        next_roll; education=${educations[$((roll % ${#educations[@]}))]}
        next_roll; occupation=${occupations[$((roll % ${#occupations[@]}))]}
        service=${services[$(((form + index) % ${#services[@]}))]}
        suggestion=
        [ $((form % 4)) = 2 ] && suggestion=${suggestions[$(((form + index) % ${#suggestions[@]}))]}
        paper_form "$key-$form" "$(date -d "$start + $((form * 90 / forms)) day" +%F)" \
          "$(printf '{"gender":"%s","age":%d,"education":"%s","occupation":"%s","serviceReceived":"%s"}' \
            "$gender" "$age" "$education" "$occupation" "$service")" "$suggestion" "${answers[@]}"
      done
    fi
    post "$campaigns/$campaign_id/close" "close-$campaign_id" ''
  done
  campaign "$unit" "$(quarter_start "$current_year" "$current_quarter")" \
    "$(quarter_end "$current_year" "$current_quarter")" \
    "SKM ${unit_names[$unit]} triwulan ${romans[$((current_quarter - 1))]} $current_year"
  if [ "$campaign_status" = OPEN ]; then
    open_links+=("$(printf '  %-46s %s' "${unit_names[$unit]}" "$campaign_link")")
  fi
done

indicator() { # code agency name unit direction period-type aggregation; leaves its id in $indicator_id
  post "$indicators" "iku-$1-$2" "$(printf '{"code":"%s","agencyCode":"%s","name":"%s","unit":"%s","direction":"%s","periodType":"%s","aggregation":"%s"}' "$@")"
  indicator_id=$(sed -n 's/^{"id":"\([^"]*\)".*/\1/p' "$answer")
}
realisation() { # indicator-code agency period target realisation (of the indicator defined last)
  put "$indicators/$indicator_id/targets/$3" "{\"value\":$4}"
  post "$indicators/$indicator_id/realisations" "iku-$1-$2-$3-v2" "$(printf '{"period":"%s","value":%s}' "$3" "$5")"
}
# Key indicators (IKU) the seeds speak of, quarter by quarter from 2024 Q1 to the last quarter that
# has ended: a target for each quarter (the same all year) and a
# realisation each quarter. The agencies verified and locked every period of 2024 and 2025 but the
# last, which is verified only; this year's are recorded.
quarterly() { # code agency name unit direction aggregation then per year: "year target r1 r2 r3 r4"
  local code=$1 agency=$2
  indicator "$1" "$2" "$3" "$4" "$5" QUARTER "$6"
  shift 6
  for year_line in "$@"; do
    set -- $year_line
    local year=$1 target=$2
    shift 2
    for quarter in 1 2 3 4; do
      local value=${!quarter:-}
      [ -z "$value" ] && continue
      [ "$year" -eq "$current_year" ] && [ "$quarter" -ge "$current_quarter" ] && continue
      realisation "$code" "$agency" "$year-Q$quarter" "$target" "$value"
      [[ " ${periods_of[$agency]:-} " == *" $year-Q$quarter "* ]] || periods_of[$agency]+="$year-Q$quarter "
      realisations_loaded=$((realisations_loaded + 1))
    done
  done
}
declare -A periods_of
realisations_loaded=0
# Complaint response time of the Makassar health office (days, target 10): about 12 before its
# complaint-management training (DEMO-MKS-MANAJEMEN-ADUAN, May 2025), roughly halved after, and it held.
quarterly IKU-RESPON-ADUAN DINKES-MKS 'Waktu respon pengaduan' DAYS LOWER_IS_BETTER AVERAGE \
  '2024 10 12.6 12.9 11.7 12.3' '2025 10 11.8 10.4 6.9 6.3' '2026 10 6.1 6.6 5.9'
# The Makassar transport office, where no one took that training: its complaint response time (days)
# and permit waiting time (days) improve slowly until its own service-excellence training of February
# 2026 and its permit reform.
quarterly IKU-RESPON-ADUAN DISHUB-MKS 'Waktu respon pengaduan' DAYS LOWER_IS_BETTER AVERAGE \
  '2024 7 8.4 8.1 8.3 7.9' '2025 7 7.8 7.6 7.7 7.4' '2026 6 6.9 6.2 5.8'
quarterly IKU-WAKTU-TUNGGU-IZIN DISHUB-MKS 'Waktu tunggu penerbitan izin' DAYS LOWER_IS_BETTER AVERAGE \
  '2024 10 13.6 13.1 13.8 12.9' '2025 10 12.6 12.8 12.2 12.4' '2026 8 9.6 8.7 8.3'
# Level 4 of DEMO-MKS-MANAJEMEN-ADUAN (2025 Q2): before = 2024 Q4, 2025 Q1; after = 2025 Q3, Q4; capaian
# (lower is better) = (2 - realisasi / target) x 100, a window's value the mean of its quarters' capaian:
#   treated, DINKES-MKS IKU-RESPON-ADUAN: before 12.3, 11.8 of 10 -> 77.00, 82.00: 79.50;
#     after 6.9, 6.3 of 10 -> 131.00, 137.00: 134.00; change +54.50 (12.05 days -> 6.6)
#   comparison, DISHUB-MKS (no participant): IKU-RESPON-ADUAN before 7.9, 7.8 of 7 -> 87.14, 88.57: 87.86;
#     after 7.7, 7.4 of 7 -> 90.00, 94.29: 92.14; IKU-WAKTU-TUNGGU-IZIN before 12.9, 12.6 of 10 -> 71.00,
#     74.00: 72.50; after 12.2, 12.4 of 10 -> 78.00, 76.00: 77.00; side before (87.86 + 72.50) / 2 = 80.18,
#     after (92.14 + 77.00) / 2 = 84.57; change +4.39
#   DiD = 54.50 - 4.39 = +50.11 capaian points.
# Jakarta's transport office: complaint response time (days), already near its target.
quarterly IKU-RESPON-ADUAN DISHUB-DKI 'Waktu respon pengaduan' DAYS LOWER_IS_BETTER AVERAGE \
  '2024 3 3.5 3.2 3.4 3' '2025 3 3 2.8 2.9 2.6' '2026 3 2.5 2.5 2.4'
# Kupang's health office: waiting time at its Puskesmas (minutes).
quarterly IKU-WAKTU-TUNGGU DINKES-KPG 'Waktu tunggu pelayanan' MINUTES LOWER_IS_BETTER AVERAGE \
  '2024 60 75 70 72 68' '2025 60 65 62 60 58' '2026 50 50 45 47'
# Accredited schools in Aceh Tenggara (percent), a yearly indicator.
indicator IKU-SEKOLAH-TERAKREDITASI DISDIK-AGR 'Sekolah terakreditasi' PERCENT HIGHER_IS_BETTER YEAR LAST
realisation IKU-SEKOLAH-TERAKREDITASI DISDIK-AGR 2024 70 62
realisation IKU-SEKOLAH-TERAKREDITASI DISDIK-AGR 2025 75 68
realisations_loaded=$((realisations_loaded + 2))
periods_url=http://127.0.0.1:${SIMONEV_PERFORMANCE_PORT:-8083}/api/v1/agencies
for agency in "${!periods_of[@]}"; do
  for period in ${periods_of[$agency]}; do
    [ "${period:0:4}" -ge "$current_year" ] && continue
    post "$periods_url/$agency/periods/$period/verification" "verify-$agency-$period" ''
    [ "$period" = "$((current_year - 1))-Q4" ] && continue
    post "$periods_url/$agency/periods/$period/lock" "lock-$agency-$period" ''
  done
done

# Appraisals (PermenPANRB 6/2022) of every employee but the heads, by their head: the annual ones
# from 2024 and the quarters of this year that have ended. The ratings follow a fixed pattern, so a
# second load writes the same; mostly Baik, some Sangat Baik, a few Butuh Perbaikan.
appraisals_url=http://127.0.0.1:${SIMONEV_PERFORMANCE_PORT:-8083}/api/v1/appraisals
ratings=(AS_EXPECTED AS_EXPECTED ABOVE_EXPECTATIONS AS_EXPECTED BELOW_EXPECTATIONS AS_EXPECTED ABOVE_EXPECTATIONS)
appraisal_periods=()
for year in $(seq 2024 $((current_year - 1))); do appraisal_periods+=("$year"); done
for quarter in $(seq 1 $((current_quarter - 1))); do appraisal_periods+=("$current_year-Q$quarter"); done
appraisals=0
n=0
for agency in "${agencies[@]}"; do
  for nip in ${staff[$agency]}; do
    [ "$nip" = "${head[$agency]}" ] && continue
    for period in "${appraisal_periods[@]}"; do
      n=$((n + 1))
      post "$appraisals_url" "appraisal-$nip-$period" "$(printf '{"nip":"%s","period":"%s","hasilKerja":"%s","perilakuKerja":"%s"}' \
        "$nip" "$period" "${ratings[$((n % 7))]}" "${ratings[$(((n * 3 + 1) % 7))]}")"
      appraisals=$((appraisals + 1))
    done
  done
done

for code in DEMO-MKS-PELAYANAN-PRIMA DEMO-AGR-KURIKULUM DEMO-DKI-SEMINAR-PERHUBUNGAN; do
  answer_links "$code" POST_TRAINING REACTION
done

quarters=
if [ ${#past_quarters[@]} -gt 0 ]; then quarters=" (${past_quarters[0]/ / Q} to ${past_quarters[-1]/ / Q})"; fi
echo "Demo data loaded: 9 agencies, 6 service units, 33 employees, 12 programs (draft, scheduled, running, completed," \
  "cancelled) with participants, $closed_campaigns closed SKM campaigns$quarters with $paper_forms paper forms," \
  "${#open_links[@]} open for $current_year Q$current_quarter, 6 indicators with $realisations_loaded realisations" \
  "(2024 and 2025 verified, locked but for 2025 Q4), $appraisals appraisals (a second load writes nothing new)"
echo "SKM campaigns citizens can answer now (open a link, or print its QR code from GET /api/v1/campaigns/{id}/qr.png):"
printf '%s\n' "${open_links[@]}"
echo "Program evaluations: $answered_links answers through single-use links (reaction and post-training 360)."
if [ -n "$unused_link" ]; then
  echo "A participant's reaction link not yet used, to try (it takes one answer): $unused_link"
fi

# The reports' three stories, each a program's evaluation (README, "The demo's evaluations").
get "$programs?size=200"
stories=('DEMO-MKS-MANAJEMEN-ADUAN|Makassar, complaint handling: response time roughly halved, transport office flat'
         "DEMO-DKI-PELAYANAN-PRIMA-PUSKESMAS|Jakarta, service excellence: Menteng's IKM rose, Cakung's as much (trend)"
         'DEMO-KPG-MANAJEMEN-PUSKESMAS|Kupang, Puskesmas management: material found irrelevant, dropouts for workload')
echo "The reports' stories as program evaluations (GET with a token: scripts/token.sh analyst '*'):"
for story in "${stories[@]}"; do
  code=${story%%|*}
  id=$(grep -o "{\"id\":\"[0-9a-f-]*\",\"code\":\"$code\"" "$answer" | sed 's/{"id":"\([0-9a-f-]*\)".*/\1/')
  printf '  %s (%s)\n    %s/programs/%s/evaluation\n' "${story#*|}" "$code" "$reporting" "$id"
done
