"""Unit checks of the fact extractors on Pantau-written Indonesian fixtures."""

from __future__ import annotations

import datetime as dt

import pantau
from pantau.extract._lex import parse_number
from pantau.extract.dates import find_dates


def test_number_shapes():
    assert parse_number("3,5 juta") == (3_500_000, False)
    assert parse_number("200.000") == (200_000, False)
    assert parse_number("dua puluh lima") == (25, False)
    assert parse_number("sebelas") == (11, False)
    assert parse_number("seratus") == (100, False)
    assert parse_number("puluhan ribu") == (10_000, True)
    # binary floats: 8.2 * 1e6 is 8199999.999999999
    assert parse_number("8,2 juta") == (8_200_000, False)
    assert parse_number("1,4 miliar") == (1_400_000_000, False)


def test_relative_dates_need_an_anchor():
    text = "Rapat digelar pekan lalu dan akan dilanjutkan pada Senin."
    got = {d["text"]: d for d in find_dates(text, dt.date(2024, 3, 14))}
    assert got["pekan lalu"]["value"] == "2024-03-07" and got["pekan lalu"]["granularity"] == "week"
    assert got["Senin"]["value"] == "2024-03-18"
    for d in find_dates(text, None):
        assert d["value"] is None and d["resolved_from"] == "none"


def test_until_a_coming_day_and_months_just_ahead():
    def values(text, published):
        return [(d["text"], d["value"]) for d in find_dates(text, published)]

    # a suspension lasts until a coming day; a range that began earlier stays in the past
    assert values("Maskapai menunda penerbangan hingga Selasa.", dt.date(2025, 11, 10)) == [("Selasa", "2025-11-11")]
    assert values("Hujan turun sejak Minggu hingga Selasa.", dt.date(2025, 11, 12)) == [
        ("Minggu", "2025-11-09"), ("Selasa", "2025-11-11")]
    # a bare month one or two months ahead is this year's; "sejak" or a far month is last year's
    feb = dt.date(2025, 2, 3)
    assert values("Panen raya baru dimulai akhir Maret.", feb) == [("akhir Maret", "2025-03")]
    assert values("Harga beras naik sejak Maret.", feb) == [("Maret", "2024-03")]
    assert values("Banjir melanda pada Desember.", dt.date(2025, 1, 10)) == [("Desember", "2024-12")]
    # a forecast is of a coming day
    assert values("Hujan lebat diprakirakan turun pada Jumat.", dt.date(2023, 7, 26)) == [("Jumat", "2023-07-28")]


def test_counts_qualifiers_and_ranges():
    a = pantau.analyze("Antara 10 dan 20 orang ditahan, sementara hampir 300 warga mengungsi dan "
                       "200-300 keluarga kehilangan tempat tinggal.", published="2024-03-14")
    got = {(c["value"], c["qualifier"], c["kind"]) for c in a.counts}
    assert (10, "range", "detained") in got
    assert (300, "almost", "displaced") in got
    assert (200, "range", "displaced") in got


def test_part_of_a_counted_whole_takes_its_unit():
    a = pantau.analyze("Sembilan dari 12 korban tewas di lokasi, dan rapat dihadiri 312 dari 580 anggota dewan.",
                       published="2024-03-14")
    got = {(c["value"], c["text"], c["unit"]) for c in a.counts}
    assert (9, "Sembilan dari 12 korban", "people") in got
    assert (312, "312 dari 580 anggota", "people") in got
    assert (580, "580 anggota", "people") in got


def test_pronoun_speaker_resolves_to_previous_person():
    a = pantau.analyze("Menteri Luar Negeri Retno Wulandari tiba di Jakarta. \"Kami siap membantu,\" kata dia.",
                       published="2024-03-14")
    (q,) = [q for q in a.quotes if q["direct"]]
    assert q["speaker"] == "Retno Wulandari" and q["speaker_role"] == "Menteri Luar Negeri"
    assert a.text[q["speaker_start"]:q["speaker_end"]] == "Retno Wulandari"


def test_appositive_role_and_abbreviated_name_stay_with_the_speaker():
    a = pantau.analyze("Perdana Menteri Malaysia Anwar Ibrahim, selaku ketua ASEAN tahun ini, mengatakan para "
                       "pemimpin membahas krisis Myanmar. Presiden Filipina Ferdinand Marcos Jr. mengatakan China "
                       "harus menghormati hukum laut.", published="2025-10-26")
    assert [q["speaker"] for q in a.quotes] == ["Anwar Ibrahim", "Ferdinand Marcos Jr."]


def test_a_regulation_year_is_not_a_date():
    a = pantau.analyze("Tersangka dijerat Undang-Undang Nomor 35 Tahun 2009 dan Perpres No. 12 Tahun 2020, "
                       "kata polisi pada tahun 2024.", published="2025-11-24")
    assert [d["text"] for d in a.dates] == ["tahun 2024"]
    # a decree's number with a letter after a slash; its "Nomor" after "Presiden" is no person
    a = pantau.analyze("Pelantikan itu didasarkan pada Keputusan Presiden Nomor 64/P Tahun 2024.", published="2024-08-19")
    assert a.dates == []
    assert [e["text"] for e in a.entities] == []


def test_running_total_takes_the_kind_of_the_sentence_subject():
    a = pantau.analyze("Korban meninggal akibat gempa di Kabupaten Sigi, Sulawesi Tengah, bertambah menjadi "
                       "sembilan orang.", published="2024-02-21")
    assert [(c["value"], c["kind"]) for c in a.counts] == [(9, "killed")]
    # also where the count's own text opens with the verb ("mencapai 120 orang")
    a = pantau.analyze("Jumlah korban tewas akibat banjir bandang di kota Mawar, Sulawesi Tengah, telah mencapai "
                       "120 orang, kata palang merah setempat.", published="2024-02-21")
    assert [(c["text"], c["kind"]) for c in a.counts] == [("mencapai 120 orang", "killed")]


def test_people_still_searched_for_are_missing():
    a = pantau.analyze("Enam penumpang ditemukan meninggal dunia dan 16 lainnya masih dalam pencarian. "
                       "Sebanyak 12 nelayan masih dicari tim SAR gabungan.", published="2025-06-03")
    assert [(c["value"], c["kind"]) for c in a.counts] == [(6, "killed"), (16, "missing"), (12, "missing")]


def test_phrase_quoted_inside_the_same_speakers_reported_speech_is_one_quote():
    a = pantau.analyze('Beijing sebelumnya menyatakan perairan itu merupakan bagian dari "wilayah penangkapan '
                       'ikan tradisional" China.', published="2025-09-22")
    assert [(q["speaker"], q["text"]) for q in a.quotes] == [
        ("Beijing", 'perairan itu merupakan bagian dari "wilayah penangkapan ikan tradisional" China')]


def test_balinese_name_keeps_its_prefix_and_a_later_order_name_finds_it():
    a = pantau.analyze('Kepala Kantor SAR Denpasar I Nyoman Sidakarya mengatakan pencarian berlanjut. '
                       '"Kami mengerahkan empat kapal," kata Nyoman.', published="2025-06-03")
    assert {e["canonical"] for e in a.entities if e["label"] == "PER"} == {"I Nyoman Sidakarya"}
    assert [q["speaker"] for q in a.quotes] == ["I Nyoman Sidakarya", "I Nyoman Sidakarya"]


def test_things_are_not_counted_as_people():
    a = pantau.analyze("Sekitar 4.500 warga dari sembilan desa masih mengungsi. Tim SAR mengerahkan empat kapal dan "
                       "120 personel. Sebanyak 312 rumah rusak.", published="2025-11-10")
    assert [(c["value"], c["kind"]) for c in a.counts] == [
        (4500, "displaced"), (9, "other"), (4, "other"), (120, "troops"), (312, "affected")]


def test_reported_speaker_after_a_long_office_and_without_the_clauses_adverb():
    a = pantau.analyze("Komisaris Tinggi PBB untuk Hak Asasi Manusia Volker Turk mengatakan pihaknya menerima laporan "
                       "pembunuhan massal. Warga setempat sempat menolak kedatangan para pengungsi dan meminta mereka "
                       "dipindahkan. Tentara Sudan yang dipimpin Jenderal Abdel Fattah al-Burhan mengakui telah menarik "
                       "pasukannya.", published="2025-10-28")
    assert [(q["speaker"], q["speaker_role"]) for q in a.quotes] == [
        ("Volker Turk", "Komisaris Tinggi PBB untuk Hak Asasi Manusia"), ("Warga setempat", None),
        ("Tentara Sudan", None)]  # the general is named in a relative clause


def test_count_sentence_lookup_is_the_scan_it_replaced():
    import spacy

    from pantau.extract.counts import _Counter

    doc = spacy.blank("id")("Banjir merendam 20 rumah. Sebanyak 30 warga mengungsi.  Hujan reda sore itu.")
    for t in doc:
        t.is_sent_start = t.i == 0 or doc[t.i - 1].text == "."
    finder = _Counter(doc)
    assert len(finder.sents) >= 3
    for pos in range(len(doc.text) + 3):
        scan = next((i for i, (s, e) in enumerate(finder.sents) if s <= pos < e), -1)
        assert finder.sent_index(pos) == scan, pos


def test_speaker_is_no_age_no_fronted_place_and_a_described_person_is_the_last_speaker():
    a = pantau.analyze('Koordinator aksi, Andi Fajar, 23 tahun, membantah mahasiswa memulai kericuhan. '
                       '"Pendapatan saya turun separuh," kata pria berusia 23 tahun itu. Di Pasar Terong, '
                       'sejumlah pedagang mengaku harga sayur naik.')
    speakers = [(q["speaker"], q["speaker_role"]) for q in a.quotes]
    assert speakers == [("Andi Fajar", "Koordinator aksi"), ("Andi Fajar", "Koordinator aksi"),
                        ("sejumlah pedagang", None)]


def test_vehicles_are_no_troops_and_a_number_in_a_name_is_no_count():
    a = pantau.analyze("Pemkot mengerahkan 300 petugas dan 40 truk. Dua masyarakat dilaporkan meninggal setelah "
                       "pertandingan Liga 1 antara Arema FC dan Persebaya.", published="2025-11-10")
    assert [(c["value"], c["kind"], c["unit"]) for c in a.counts] == [
        (300, "troops", "people"), (40, "other", "vehicles"), (2, "killed", "people")]


def test_according_to_a_plan_or_a_calculation_has_no_speaker():
    a = pantau.analyze("Menurut perhitungan awal, sedikitnya 800 warga mengungsi ke balai desa. Menurut rencana, "
                       "tanggul baru dibangun tahun depan. Menurut keterangan polisi, dua orang hilang terseret arus. "
                       "Menurut warga setempat, air mulai naik sejak dini hari.")
    assert [(q["speaker"], q["text"]) for q in a.quotes] == [
        ("polisi", "dua orang hilang terseret arus"), ("warga setempat", "air mulai naik sejak dini hari")]


def test_a_place_after_the_speaking_body_is_not_the_speaker():
    a = pantau.analyze("Dinas Kesehatan Kabupaten Sleman, Daerah Istimewa Yogyakarta, mencatat 1.046 kasus demam "
                       "berdarah sejak Januari.")
    assert [(q["speaker"], q["text"]) for q in a.quotes] == [
        ("Dinas Kesehatan Kabupaten Sleman", "1.046 kasus demam berdarah sejak Januari")]
    assert a.counts[0]["source"] == "Dinas Kesehatan Kabupaten Sleman"


def test_a_body_or_a_disease_after_the_counted_noun_is_no_place():
    a = pantau.analyze("RSUD merawat 46 pasien DBD. Ribuan personel TNI dan 300 juru pemantau jentik dikerahkan. "
                       "Sebanyak 120 warga Suriah tiba.")
    assert [(c["value"], c["unit"], c["place"]) for c in a.counts] == [
        (46, "people", None), (1000, "people", None), (300, "people", None), (120, "people", "Suriah")]



def test_a_sources_base_is_no_place_of_its_count_and_waters_are():
    a = pantau.analyze("Menurut lembaga pemantau yang berbasis di Inggris, sedikitnya 910 orang tewas. Sebanyak 12 "
                       "pekerja migran Indonesia tewas setelah kapal mereka tenggelam di perairan Tanjung Uban, Rabu.")
    assert [(c["value"], c["kind"], c["place"]) for c in a.counts] == [(910, "killed", None),
                                                                        (12, "killed", "Tanjung Uban")]
    a = pantau.analyze("Kecelakaan itu terburuk sejak 1995, ketika dua kereta bertabrakan di dekat Firozabad, Uttar "
                       "Pradesh, dan menewaskan lebih dari 300 orang.")
    assert [c["place"] for c in a.counts] == ["Firozabad", "Firozabad"]


def test_without_a_publication_date_dates_resolve_against_the_leads_day_stamp():
    a = pantau.analyze("BI menahan suku bunga pada Rabu (21/8/2024). Inflasi Juli tercatat 2,13 persen.\n\n"
                       "The Fed diperkirakan memangkas bunga pada September.")
    assert [(d["text"], d["value"], d["resolved_from"]) for d in a.dates] == [
        ("Rabu (21/8/2024)", "2024-08-21", "explicit"), ("Juli", "2024-07", "dateline"),
        ("September", "2024-09", "dateline")]
    # Republika and others write Sunday "Ahad"
    a = pantau.analyze("Ribuan warga mengikuti jalan sehat pada Ahad (25/8/2024). Acara serupa digelar Juli.")
    assert [(d["text"], d["value"]) for d in a.dates][-1] == ("Juli", "2024-07")
    # a day stamp deeper in the article is no date of the article's own
    a = pantau.analyze("Inflasi Juli tercatat 2,13 persen.\n\nRapat digelar Rabu (21/8/2024).")
    assert a.dates[0]["value"] is None and a.dates[0]["resolved_from"] == "none"


def test_an_office_with_a_comma_in_its_name_and_an_abbreviated_first_name_stay_whole():
    a = pantau.analyze("Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Raditya Jati mengatakan hampir "
                       "15.000 warga mengungsi. Kepala Pelaksana BPBD Sulawesi Tengah, Moh. Arif Lamadjido, "
                       "mengatakan sekitar 2.000 suporter dan 300 penonton dievakuasi.")
    assert [(q["speaker"], q["speaker_role"]) for q in a.quotes] == [
        ("Raditya Jati", "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB"),
        ("Moh. Arif Lamadjido", "Kepala Pelaksana BPBD Sulawesi Tengah")]
    assert [(c["value"], c["unit"]) for c in a.counts] == [(15000, "people"), (2000, "people"), (300, "people")]


def test_kind_from_the_subjects_relative_clause_a_share_in_apposition_and_flooded_houses():
    a = pantau.analyze("Jumlah warga yang tewas sejak Oktober telah mencapai 40.005 orang. Sekitar 1,9 juta orang "
                       "atau hampir 90 persen penduduk Gaza telah mengungsi. Banjir itu merendam lebih dari 3.000 "
                       "rumah. Lebih dari 6 juta warga Ukraina tinggal di luar negeri sebagai pengungsi.")
    assert [(c["value"], c["kind"]) for c in a.counts] == [(40005, "killed"), (1_900_000, "displaced"),
                                                          (3000, "affected"), (6_000_000, "refugees")]


def test_a_surname_speaker_is_the_titled_full_name_given_mid_sentence():
    a = pantau.analyze("Presiden Ukraina Volodymyr Zelenskyy bertemu Kanselir Jerman Olaf Scholz di Berlin.\n\n"
                       "Scholz mengatakan Jerman akan menambah bantuan.\n\n\"Kami bersama Ukraina,\" ujar Scholz.")
    assert {(q["speaker"], q["speaker_role"]) for q in a.quotes} == {("Olaf Scholz", "Kanselir Jerman")}


def test_role_and_name_split_keeps_three_word_names_and_gives_the_region_to_the_office():
    from pantau.extract.quotes import _lex, split_role_name

    titles = _lex()["titles"]
    assert split_role_name("Plt Kepala BPS Amalia Adininggar Widyasanti", titles) == (
        "Plt Kepala BPS", "Amalia Adininggar Widyasanti")
    assert split_role_name("Bupati Sigi Mohamad Irwan Lapatta", titles) == ("Bupati Sigi", "Mohamad Irwan Lapatta")
    assert split_role_name("Presiden Rusia Vladimir Putin", titles) == ("Presiden Rusia", "Vladimir Putin")
    assert split_role_name("Bupati Penajam Paser Utara", titles) == (None, "Bupati Penajam Paser Utara")
    # a code with digits is the office's, never part of a name
    assert split_role_name("Ketua COP29 Mukhtar Babayev", titles) == ("Ketua COP29", "Mukhtar Babayev")


def test_a_number_word_is_a_place_only_where_a_place_is_expected():
    a = pantau.analyze("Bus itu menewaskan tujuh orang dan melukai 23 penumpang. Lima di antaranya mengalami luka "
                       "berat. KTT APEC berikutnya digelar di Lima, Peru.")
    assert [(p["name"], p["country"]) for p in a.places] == [("Lima", "PE"), ("Peru", "PE")]
    assert a.places[0]["start"] > a.text.index("KTT")
    assert [(c["text"], c["value"]) for c in a.counts] == [("tujuh orang", 7), ("23 penumpang", 23),
                                                          ("Lima di antaranya", 5)]


def test_refused_or_negated_speech_and_recognising_as_are_no_quotes():
    for text in ("Myanmar menolak mengakui Rohingya sebagai warga negara sejak 1982.",
                 "Pemerintah mengakui Palestina sebagai negara merdeka.",
                 "Polisi tidak menjelaskan penyebab kebakaran itu."):
        assert pantau.analyze(text).quotes == [], text
    a = pantau.analyze("Menteri itu mengakui bahwa program tersebut gagal.")
    assert [(q["cue"], q["text"]) for q in a.quotes] == [("mengakui", "program tersebut gagal")]


def test_a_part_with_its_own_predicate_has_its_own_kind():
    a = pantau.analyze("Dinas Kesehatan menetapkan KLB campak setelah 312 anak dilaporkan terjangkit, empat di "
                       "antaranya meninggal dunia. Sebanyak 300 warga mengungsi. Tiga di antaranya balita.")
    assert [(c["value"], c["kind"]) for c in a.counts] == [(312, "affected"), (4, "killed"), (300, "displaced"),
                                                          (3, "displaced")]


def test_reported_speech_ends_at_its_full_stop_before_a_short_direct_quotation():
    a = pantau.analyze("Pelatih Arab Saudi Herve Renard mengakui timnya kalah dalam segala hal. \"Lawan bermain "
                       "lebih baik malam ini,\" ujar Renard.", published="2024-11-19")
    got = [(q["text"], q["direct"], q["speaker"]) for q in a.quotes]
    assert got == [("timnya kalah dalam segala hal", False, "Herve Renard"),
                   ("Lawan bermain lebih baik malam ini", True, "Herve Renard")]


def test_an_office_for_a_country_and_a_role_without_a_title_before_the_name():
    a = pantau.analyze("\"Rumah sakit kewalahan,\" ujar Koordinator Kemanusiaan PBB untuk Myanmar Marcoluigi Corsi. "
                       "Duta Besar RI untuk Malaysia Hermono mengatakan pekerja itu dipulangkan. Kuasa hukum "
                       "terdakwa, Hotman Sitompul, mengatakan kliennya akan pikir-pikir.", published="2024-11-19")
    assert [(q["speaker"], q["speaker_role"]) for q in a.quotes] == [
        ("Marcoluigi Corsi", "Koordinator Kemanusiaan PBB untuk Myanmar"),
        ("Hermono", "Duta Besar RI untuk Malaysia"),
        ("Hotman Sitompul", "Kuasa hukum terdakwa")]


def test_years_coordinated_with_a_found_year_are_dates_too():
    def values(text):
        return [(d["text"], d["value"]) for d in find_dates(text, dt.date(2024, 11, 19))]

    assert values("Lelang digelar pada 2022 dan 2023.") == [("2022", "2022"), ("2023", "2023")]
    assert values("Banjir terjadi pada tahun 2021, 2022, dan 2023.") == [
        ("tahun 2021", "2021"), ("2022", "2022"), ("2023", "2023")]
    # a count after the year, or a year-like number no year pattern found first, is no date
    assert values("Pada 2023 dan 2024 orang mengungsi.") == [("2023", "2023")]
    assert values("Harga naik 2022 dan 2023.") == []


def test_suspects_witnesses_and_drivers_are_people():
    a = pantau.analyze("Densus 88 menangkap tujuh terduga teroris di Palu. Penyidik memeriksa 35 saksi, "
                       "sementara sekitar 300 pengemudi berunjuk rasa.", published="2024-11-19")
    got = [(c["text"], c["kind"], c["unit"]) for c in a.counts]
    assert ("tujuh terduga teroris", "detained", "people") in got
    assert ("35 saksi", "other", "people") in got
    assert ("sekitar 300 pengemudi", "other", "people") in got


def test_a_part_named_with_termasuk_bodies_found_scores_and_a_later_sentences_own_noun():
    a = pantau.analyze("Serangan itu menewaskan sedikitnya 22 orang, termasuk 13 anak-anak. Tim SAR menemukan tiga "
                       "jenazah korban. Arema kalah 2-3 dalam laga itu.", published="2024-12-01")
    got = [(c["text"], c["kind"], c["unit"]) for c in a.counts]
    assert got == [("sedikitnya 22 orang", "killed", "people"), ("13 anak-anak", "killed", "people"),
                   ("tiga jenazah", "killed", "people")]
    b = pantau.analyze("Delapan fraksi menyetujui RUU itu. Undang-undang itu menghapus batas jumlah kementerian "
                       "yang sebelumnya ditetapkan 34.", published="2024-12-01")
    assert [(c["value"], c["unit"]) for c in b.counts] == [(8, "fraksi"), (34, "kementerian")]


def test_a_day_name_before_a_written_out_date_is_that_date():
    def values(text):
        return [(d["text"], d["value"]) for d in find_dates(text, dt.date(2024, 6, 13))]

    # the month after the comma is capitalised in running text; the day name is not another day
    assert values("Idul Fitri jatuh pada Rabu, 10 April 2024.") == [("Rabu, 10 April 2024", "2024-04-10")]
    assert values("Sidang digelar hari Senin, 3 Juni.") == [("hari Senin, 3 Juni", "2024-06-03")]


def test_casualty_verbs_lists_crews_and_measures(facts_of):
    counts = facts_of("counts", "text", "kind", "unit", "place", published="2024-06-13")

    # the verb says what happened to them, over what the noun says they are
    assert counts("KKB menembak mati dua prajurit TNI di Distrik Sugapa. Serangan itu menewaskan 12 pengungsi.") == [
        ("dua prajurit TNI", "killed", "people", "Distrik Sugapa"), ("12 pengungsi", "killed", "people", None)]
    # the members of a list are what the first one is
    assert [c[1] for c in counts("Para pengungsi terdiri atas 71 perempuan, 48 anak-anak dan 33 laki-laki.")] == [
        "refugees"] * 3
    # a crew is people, and an agency after "dari" is no place
    assert counts("Kapal itu mengangkut enam anak buah kapal. Pencarian melibatkan 120 personel dari Basarnas.") == [
        ("enam anak buah kapal", "other", "people", None), ("120 personel", "troops", "people", None)]
    # basis points and a tolerance are no counts
    assert counts("BI menaikkan suku bunga 25 basis poin ke sasaran 2,5 plus minus 1 persen.") == []


def test_a_shortened_two_word_name_keeps_the_full_name_and_role():
    a = pantau.analyze("Menteri Komunikasi dan Informatika Budi Arie Setiadi mengakui serangan itu. "
                       "\"Pemerintah tidak akan membayar tebusan,\" kata Budi Arie.", published="2024-06-13")
    assert [(q["speaker"], q["speaker_role"]) for q in a.quotes] == [
        ("Budi Arie Setiadi", "Menteri Komunikasi dan Informatika")] * 2


def test_long_offices_before_a_name_stay_in_the_role():
    from pantau.extract.quotes import _lex, split_role_name

    titles = _lex()["titles"]
    assert split_role_name("Kepala Pusat Kesehatan Haji Kementerian Kesehatan Liliek Marhaendro Susilo", titles) == (
        "Kepala Pusat Kesehatan Haji Kementerian Kesehatan", "Liliek Marhaendro Susilo")
    assert split_role_name("Kepala Dinas Kesehatan Jawa Barat Vini Adiani Dewi", titles) == (
        "Kepala Dinas Kesehatan Jawa Barat", "Vini Adiani Dewi")
    a = pantau.analyze("Jayapura (ANTARA) - Direktur Jenderal Penyelenggaraan Haji dan Umrah Kementerian Agama Hilman Latief menyebut "
                       "kepulangan dimulai 22 Juni. Kepala Penerangan Komando Daerah Militer XVII/Cenderawasih Letnan "
                       "Kolonel Infanteri Candra Kurniawan membenarkan kejadian itu.", published="2024-06-13")
    assert [(q["speaker"], q["speaker_role"]) for q in a.quotes] == [
        ("Hilman Latief", "Direktur Jenderal Penyelenggaraan Haji dan Umrah Kementerian Agama"),
        ("Candra Kurniawan", "Kepala Penerangan Komando Daerah Militer XVII/Cenderawasih Letnan Kolonel Infanteri")]
    persons = [(e["text"], e["actor_code"]) for e in a.entities if e["label"] == "PER"]
    assert ("Candra Kurniawan", "IDNMIL") in persons and not any("Komando" in p or "Haji" in p for p, _ in persons)


def test_condemning_a_thing_is_no_reported_speech():
    a = pantau.analyze("Pemerintah Turki mengecam keras serangan tersebut. Koalisi masyarakat sipil mengkritik "
                       "pembahasan RUU itu. Menteri Luar Negeri Retno Marsudi mengecam bahwa serangan itu "
                       "melanggar hukum internasional.", published="2024-03-05")
    assert [(q["speaker"], q["text"]) for q in a.quotes] == [
        ("Retno Marsudi", "serangan itu melanggar hukum internasional")]


def test_people_who_left_their_homes_are_displaced():
    a = pantau.analyze("PBB memperkirakan sekitar 18.000 orang meninggalkan rumah mereka di selatan Provinsi Idlib.",
                       published="2024-03-05")
    assert [(c["value"], c["kind"]) for c in a.counts] == [(18000, "displaced")]



def test_a_season_after_menjelang_is_the_one_ahead():
    got = [(d["text"], d["value"]) for d in find_dates(
        "Serangan itu merusak jaringan listrik menjelang musim dingin. Musim dingin lalu juga begitu.",
        dt.date(2024, 11, 17))]
    assert got == [("musim dingin", "2024-winter"), ("Musim dingin lalu", "2023-winter")]


def test_extractors_run_in_their_order_whichever_module_was_imported_first(monkeypatch):
    import spacy

    import pantau.extract as extract

    extract.add_extractors(spacy.blank("id"))  # registers all three
    monkeypatch.setattr(extract, "EXTRACTORS", list(reversed(extract.EXTRACTORS)))
    nlp = extract.add_extractors(spacy.blank("id"))
    assert nlp.pipe_names == ["pantau_dates", "pantau_quotes", "pantau_counts"]


def test_di_depan_is_a_place_in_front_not_the_week_ahead():
    got = [(d["text"], d["value"]) for d in find_dates(
        "Ribuan buruh berunjuk rasa di depan Gedung DPR, Jakarta, Kamis. Rapat lanjutan digelar pekan depan.",
        dt.date(2020, 10, 8))]
    assert got == [("Kamis", "2020-10-08"), ("pekan depan", "2020-10-15")]


def test_people_we_evacuated_are_displaced():
    a = pantau.analyze("Saat ini lebih dari 4.000 warga dari tujuh desa sudah kami ungsikan ke sejumlah posko. "
                       "Sebanyak 120 warga lainnya diungsikan ke balai desa.", published="2024-11-04")
    assert [(c["value"], c["kind"]) for c in a.counts if c["unit"] == "people"] == [(4000, "displaced"),
                                                                                    (120, "displaced")]


def test_speech_verbs_that_are_planned_relative_or_convey_a_thing(facts_of):
    quotes = facts_of("quotes", "speaker", "text", published="2024-08-15")

    assert quotes("Vonis itu lebih ringan dari tuntutan jaksa yang sebelumnya meminta terdakwa dihukum seumur "
                  "hidup.") == []
    assert quotes("Para mediator dijadwalkan menyampaikan hasil perundingan kepada pimpinan Hamas.") == []
    assert quotes("Biden menyampaikan keberatan atas sikap China terhadap Taiwan.") == []
    assert quotes("Kepala BNPB Suharyanto menyampaikan pengungsi tersebar di tiga kabupaten.") == [
        ("Suharyanto", "pengungsi tersebar di tiga kabupaten")]
    # a clause's link is no part of its subject, and a noun with a verb's prefix ends no subject
    assert quotes("Hamas tidak mengirim delegasi, tetapi para mediator mengatakan bahwa kedua pihak sepakat.") == [
        ("para mediator", "kedua pihak sepakat")]
    assert quotes("Para mediator menyampaikan bahwa kedua pihak sepakat.") == [("Para mediator", "kedua pihak sepakat")]


def test_neighbourhood_units_are_counted_as_such():
    a = pantau.analyze("Banjir merendam sedikitnya 54 rukun tetangga (RT) di Jakarta Timur dan 12 RT di Jakarta "
                       "Selatan.", published="2025-03-04")
    assert [(c["value"], c["unit"]) for c in a.counts] == [(54, "neighbourhoods"), (12, "neighbourhoods")]


def test_a_day_after_a_closed_quotation_is_not_in_the_quotations_future():
    def values(text):
        return [d["value"] for d in find_dates(text, dt.date(2024, 12, 10))]

    # the "akan" belongs to the quotation, not to the day the words were said
    assert values("\"Kami tidak akan mundur,\" ujar Marcos kepada wartawan di Manila, Selasa.") == ["2024-12-10"]
    assert values("\u201cKami tidak akan mundur,\u201d ujar Marcos, Selasa.") == ["2024-12-10"]
    # inside the quotation, or with no quotation, the future still counts
    assert values("\"Kami akan datang Selasa,\" katanya.") == ["2024-12-17"]
    assert values("Presiden akan datang Selasa.") == ["2024-12-17"]
    # the clause began inside the quotation, after its first sentence
    assert values("\"Ini tragedi. Mereka yang bersalah akan dihukum,\" kata Modi setelah meninjau lokasi pada "
                  "Selasa.") == ["2024-12-10"]


def _quoted(text, published="2024-11-08"):
    a = pantau.analyze(text, published=published)
    return [(q["text"], q["speaker"], q["cue"]) for q in a.quotes]


def test_a_short_phrase_set_off_in_quotation_marks_is_no_quote_of_its_own():
    # the statement goes on after the phrase, so the phrase is part of it
    assert _quoted("Menteri Luar Negeri AS Antony Blinken mengatakan ada \"bukti yang sangat kuat\" bahwa "
                   "Gonzalez memenangi pemilu.") == [
        ("ada \"bukti yang sangat kuat\" bahwa Gonzalez memenangi pemilu", "Antony Blinken", "mengatakan")]
    # a phrase set off in the narrative does not continue the last speaker
    got = _quoted("\"Dari 16 tersangka, 11 di antaranya merupakan pegawai,\" kata Kombes Pol Ade Ary di Jakarta.\n\n"
                  "Polisi menggeledah sebuah ruko di Bekasi yang dijadikan \"kantor satelit\" oleh para tersangka.")
    assert [q[0] for q in got] == ["Dari 16 tersangka, 11 di antaranya merupakan pegawai"]



def test_a_named_source_after_menurut_ends_before_its_relative_clause():
    got = _quoted("Menurut Observatorium Suriah untuk Hak Asasi Manusia yang berbasis di Inggris, sedikitnya 910 "
                  "orang tewas. Biro Perikanan Filipina mengatakan kapal itu diusir.")
    assert [q[1] for q in got] == ["Observatorium Suriah untuk Hak Asasi Manusia", "Biro Perikanan Filipina"]
    a = pantau.analyze("Menurut Observatorium Suriah untuk Hak Asasi Manusia, 910 orang tewas. Biro Perikanan "
                       "Filipina mengatakan kapal itu diusir.")
    assert ("Observatorium Suriah", "ORG") in [(e["text"], e["label"]) for e in a.entities]


def test_a_quotation_that_completes_a_statement_is_part_of_it():
    # the joint statement speaks (not the meeting of the relative clause), and the quoted words are the
    # end of what it said, not a quotation of their own
    assert _quoted("Pernyataan bersama yang dirilis setelah pertemuan itu menyebut kedua negara akan melakukan "
                   "\"pengembangan bersama di wilayah yang klaimnya tumpang tindih\".") == [
        ("kedua negara akan melakukan \"pengembangan bersama di wilayah yang klaimnya tumpang tindih\"",
         "Pernyataan bersama", "menyebut")]


def test_reported_content_keeps_its_decimal_and_ends_at_an_inverted_cue():
    assert _quoted("Direktur Utama Jasa Marga Subakti Syukur mengatakan jumlah itu naik 5,3 persen dibandingkan "
                   "periode yang sama tahun lalu.")[0][0] == \
        "jumlah itu naik 5,3 persen dibandingkan periode yang sama tahun lalu"
    got = _quoted("Sedikitnya 11 orang tewas setelah Dewan Pemilihan Nasional (CNE) menyatakan Presiden Nicolas "
                  "Maduro memenangi pemilihan presiden, kata kelompok hak asasi manusia Foro Penal, Rabu (31/7).")
    # the subordinate clause's subject speaks, and its content stops before ", kata ..."
    assert ("Presiden Nicolas Maduro memenangi pemilihan presiden", "Dewan Pemilihan Nasional (CNE)",
            "menyatakan") in got


def test_speakers_after_a_time_phrase_in_a_list_of_places_and_a_team():
    assert _quoted("Sehari kemudian, Swedia melaporkan kasus klade Ib pertama di luar benua Afrika.")[0][1] == "Swedia"
    assert _quoted("Brasil, Kolombia dan Meksiko mendesak CNE untuk segera merilis data penghitungan.")[0][1] == \
        "Brasil, Kolombia dan Meksiko"
    assert _quoted("Tim pemenangan Ridwan Kamil menyatakan masih mempertimbangkan untuk mengajukan gugatan ke "
                   "Mahkamah Konstitusi.")[0][1] == "Tim pemenangan Ridwan Kamil"


def test_a_ballot_number_is_no_count_and_a_motorbike_is_one_vehicle():
    a = pantau.analyze("Bus itu menghantam tiga sepeda motor. Pasangan nomor urut tiga memperoleh suara terbanyak.",
                       published="2024-04-09")
    assert [(c["text"], c["unit"]) for c in a.counts] == [("tiga sepeda motor", "vehicles")]


def test_a_medial_cue_leaves_the_statement_whole_and_its_pronoun_points_back():
    got = _quoted("Menteri Luar Negeri RI Sugiono menyambut baik kesepakatan itu. Indonesia, kata dia, siap "
                  "mengirimkan bantuan kemanusiaan tambahan ke Gaza.")
    # the statement goes on after "kata dia", and "dia" is Sugiono, not the subject inside the statement
    assert ("Indonesia, kata dia, siap mengirimkan bantuan kemanusiaan tambahan ke Gaza", "Sugiono", "kata") in got
    # a role after a named speaker is no continuation
    got = _quoted("Situasi di perbatasan sudah terkendali, kata Ahmad Fauzi, juru bicara kepolisian setempat.")
    assert got[0][:2] == ("Situasi di perbatasan sudah terkendali", "Ahmad Fauzi")


def test_what_was_announced_stops_before_where_it_was_announced():
    got = _quoted("Perdana Menteri Qatar Sheikh Mohammed mengumumkan kesepakatan itu dalam konferensi pers di Doha "
                  "pada Rabu malam.")
    assert got == [("kesepakatan itu", "Sheikh Mohammed", "mengumumkan")]


def test_the_speaker_is_the_name_that_ends_the_phrase_and_a_report_kind_is_no_source():
    got = _quoted("Juru bicara Departemen Luar Negeri AS Matthew Miller mengatakan keputusan itu diambil karena "
                  "pemerintah Georgia meninggalkan jalur demokrasi.")
    assert got[0][1] == "Matthew Miller"
    assert _quoted("Data sementara BNPB menunjukkan 3.396 warga mengungsi ke rumah kerabat.")[0][1] == "BNPB"
    # a loanword noun with a verb's prefix ("meteorologi") does not end the speaker's name
    assert _quoted("Badan meteorologi Spanyol AEMET mencatat curah hujan di kota itu mencapai 491 milimeter.")[0][1] \
        == "Badan meteorologi Spanyol AEMET"


def test_a_day_fronted_before_a_planned_act_is_ahead():
    def dates(text):
        return [(d["text"], d["value"]) for d in find_dates(text, dt.date(2024, 9, 3))]  # a Tuesday

    assert dates("Pada Rabu, Paus dijadwalkan bertemu Presiden Joko Widodo.") == [("Rabu", "2024-09-04")]
    assert dates("Kamis malam, tim SAR akan melanjutkan pencarian.") == [("Kamis", "2024-09-05")]
    # what was said on a past day may be a plan; the day is still past
    assert dates("Pada Rabu, ia mengatakan akan mundur.") == [("Rabu", "2024-08-28")]
    assert dates("Pada Rabu, polisi menangkap dua orang.") == [("Rabu", "2024-08-28")]


def test_counted_people_kinds_from_evacuation_treatment_and_an_apposed_share(facts_of):
    counts = facts_of("counts", "text", "kind", "unit", published="2024-04-30")

    # moving people is what happened to them, though ships were deployed to do it
    assert counts("Basarnas mengerahkan kapal untuk memindahkan sekitar 9.000 warga ke Manado.") == [
        ("sekitar 9.000 warga", "displaced", "people")]
    assert counts("Dinas Kesehatan mencatat 323 orang menjalani perawatan di rumah sakit.") == [
        ("323 orang", "injured", "people")]
    assert counts("Sekitar 1,9 juta orang, hampir 90 persen penduduk Gaza, kehilangan tempat tinggal.")[0] == (
        "Sekitar 1,9 juta orang", "displaced", "people")
    assert counts("Sekitar 150.000 rumah tangga kehilangan aliran listrik.") == [
        ("Sekitar 150.000 rumah tangga", "other", "families")]
    assert counts("Ribuan pengunjuk rasa berkumpul. Hamas akan membebaskan 33 sandera.") == [
        ("Ribuan pengunjuk rasa", "other", "people"), ("33 sandera", "detained", "people")]


def test_a_counts_place_is_the_whole_name_the_ner_found():
    a = pantau.analyze("Misa akbar di Stadion Utama Gelora Bung Karno dihadiri sekitar 86.000 umat.",
                       published="2024-09-05")
    assert [(c["text"], c["unit"], c["place"]) for c in a.counts] == [
        ("sekitar 86.000 umat", "people", "Stadion Utama Gelora Bung Karno")]


def test_a_medial_cue_after_a_short_subject_and_before_a_verb_or_auxiliary():
    got = _quoted("Kepala BPBD Jawa Tengah Bergas Penanggungan meninjau tanggul. Warga, kata Bergas, diminta tetap "
                  "waspada karena hujan masih turun di hulu.")
    assert ("Warga, kata Bergas, diminta tetap waspada karena hujan masih turun di hulu", "Bergas Penanggungan",
            "kata") in got
    got = _quoted("Kode etik itu, kata Retno, harus efektif dan sesuai dengan hukum internasional.")
    assert got == [("Kode etik itu, kata Retno, harus efektif dan sesuai dengan hukum internasional", "Retno", "kata")]
    # where it was said is no statement
    assert _quoted("Menteri Perdagangan Budi Santoso meninjau pasar. Harga beras akan turun pekan depan, kata dia, di "
                   "Jakarta, Senin.")[0][:2] == ("Harga beras akan turun pekan depan", "Budi Santoso")


def test_an_envoys_office_for_a_field_then_the_name_before_the_setting():
    got = _quoted("\"Saya terkejut dengan serangan ini,\" kata Komisaris Tinggi PBB untuk Hak Asasi Manusia Volker Turk "
                  "dalam pernyataan.")
    assert got[0][1] == "Volker Turk"


def test_fatalities_named_korban_jiwa_and_a_part_of_a_whole_of_things(facts_of):
    counts = facts_of("counts", "text", "value", "kind", "unit", published="2025-07-26")

    assert counts("Kamboja menyebut 12 korban jiwa di pihaknya.") == [("12 korban", 12, "killed", "people")]
    assert counts("Gempa itu menimbulkan 30 korban luka.") == [("30 korban", 30, "injured", "people")]
    # a part of a whole in words, of a thing the counts have no unit for: no people, however many
    # died in the sentence before
    got = counts("Kebakaran itu menewaskan sedikitnya 128 orang. Api menjalar ke tujuh dari delapan menara.")
    assert got[1:] == [("tujuh dari delapan menara", 7, "other", "menara"), ("delapan menara", 8, "other", "menara")]
    # a noun that has a verb's prefix is counted where the tagger reads it as a noun
    assert counts("Polisi menyita dua mesin dan 40 truk.") == [("dua mesin", 2, "other", "mesin"),
                                                               ("40 truk", 40, "other", "vehicles")]


def test_a_counts_place_after_a_capital_a_district_or_a_state(facts_of):
    places = facts_of("counts", "text", "place", published="2025-09-09")

    assert places("Unjuk rasa itu menewaskan sedikitnya 19 orang di ibu kota Kathmandu.") == [
        ("sedikitnya 19 orang", "Kathmandu")]
    assert places("Baku tembak menewaskan 12 warga di distrik Poonch.") == [("12 warga", "Poonch")]


def test_a_company_named_like_a_town_is_the_speakers_role():
    got = [(q["speaker"], q["speaker_role"]) for q in pantau.analyze(
        "Ketua Tata Group Natarajan Chandrasekaran mengatakan perusahaan akan memberikan santunan.").quotes]
    assert got == [("Natarajan Chandrasekaran", "Ketua Tata Group")]


def test_a_predicate_after_the_places_of_the_counted_people_set_off_by_commas(facts_of):
    counts = facts_of("counts", "text", "kind", "place", published="2025-09-24")

    assert counts("Sebanyak 1.333 siswa di Kabupaten Bandung Barat, Jawa Barat, mengalami keracunan.") == [
        ("Sebanyak 1.333 siswa", "injured", "Kabupaten Bandung Barat")]
    assert counts("Tiga belas personel penjaga perdamaian dari Afrika Selatan, Malawi dan Uruguay tewas.") == [
        ("Tiga belas personel", "killed", "Afrika Selatan")]
    # a day set off by commas is no place: the predicate is out of reach as before
    assert counts("Sebanyak 12 warga di Cianjur, Kamis, tewas.")[0][1] == "other"
    assert counts("Angkatan Laut Israel menahan lebih dari 400 aktivis dari 44 negara.")[0][:2] == (
        "lebih dari 400 aktivis", "detained")


def test_a_day_of_a_named_week_and_a_when_clause_intention():
    def values(text, published):
        return [(d["text"], d["value"]) for d in find_dates(text, published)]

    # the day of last/next week (weeks start on Monday), not this week's day plus a separate week
    assert values("Warga mengungsi sejak Selasa pekan lalu.", dt.date(2025, 11, 28)) == [
        ("Selasa pekan lalu", "2025-11-18")]
    assert values("Pencurian terjadi pada Minggu pekan lalu.", dt.date(2025, 10, 26)) == [
        ("Minggu pekan lalu", "2025-10-19")]
    assert values("Sidang dilanjutkan Jumat minggu depan.", dt.date(2025, 10, 26)) == [
        ("Jumat minggu depan", "2025-10-31")]
    # "saat hendak terbang": the intention is the moment of the arrest, which is past
    assert values("Ia ditangkap saat hendak terbang ke Aljazair pada Sabtu malam.", dt.date(2025, 10, 26)) == [
        ("Sabtu", "2025-10-25")]
    assert values("Ia hendak terbang ke Aljazair pada Sabtu.", dt.date(2025, 10, 26)) == [("Sabtu", "2025-11-01")]


def test_a_storms_category_is_no_count_and_places_tallied_in_turn(facts_of):
    counts = facts_of("counts", "value", "kind", "place", published="2025-11-28")

    assert counts("Badai Melissa menghantam Jamaika sebagai badai kategori 5 dan melemah menjadi kategori 3.") == []
    assert counts("Korban terbanyak berada di Sumatera Utara, dengan 116 orang meninggal, disusul Sumatera Barat "
                  "dengan 35 orang dan Aceh dengan 23 orang.") == [
        (116, "killed", "Sumatera Utara"), (35, "killed", "Sumatera Barat"), (23, "killed", "Aceh")]


def test_a_body_named_with_untuk_speaks_whole_and_a_statement_delivered_is_no_quote(facts_of):
    quotes = facts_of("quotes", "speaker")

    assert quotes("Organisasi Internasional untuk Migrasi (IOM) mencatat lebih dari 62.000 orang melarikan diri "
                  "dari El Fasher.") == [("Organisasi Internasional untuk Migrasi (IOM)",)]
    assert quotes("Kedua pemimpin hanya menyampaikan pernyataan singkat kepada wartawan tanpa menjawab pertanyaan.") == []


def test_survivors_are_not_the_dead_counted_after_them_and_a_list_shares_its_predicate(facts_of):
    counts = facts_of("counts", "value", "kind")

    assert counts("Tim SAR menemukan 30 orang selamat dan enam orang meninggal dunia.") == [
        (30, "other"), (6, "killed")]
    assert counts("Sebanyak 40 warga dan dua polisi tewas dalam bentrokan itu.") == [(40, "killed"), (2, "killed")]


def test_an_office_named_with_commas_before_the_speaker_and_a_gesture_is_no_speech(facts_of):
    quotes = facts_of("quotes", "speaker", "speaker_role")

    assert quotes('"Hujan mencapai 385 milimeter," ujar Kepala Balai Besar Meteorologi, Klimatologi, dan Geofisika '
                  'Wilayah III Denpasar Cahyo Nugroho.') == [
        ("Cahyo Nugroho", "Kepala Balai Besar Meteorologi, Klimatologi, dan Geofisika Wilayah III Denpasar")]
    assert quotes('"Kami siaga," kata Budi Santoso, Ketua RT, dan Ani.')[0][0] == "Budi Santoso"
    assert quotes('"Kami kehilangan segalanya," kata Maria Lopez, seorang warga Liloan, sambil menunjukkan rumahnya '
                  'yang hancur.') == [("Maria Lopez", "seorang warga Liloan")]


def test_an_advisers_appositive_a_source_with_a_word_set_off_and_bodies_named_after_report_words(facts_of):
    quotes = facts_of("quotes", "speaker", "speaker_role")

    assert quotes("Kepala delegasi Rusia Vladimir Medinsky, penasihat Presiden Vladimir Putin, mengatakan Moskow puas "
                  "dengan hasil pertemuan.") == [("Vladimir Medinsky", "Kepala delegasi Rusia")]
    got = facts_of("quotes", "speaker", "text")('Menurut KPK, gubernur diduga meminta "jatah" sebesar 5 persen dari '
                                                 'penambahan anggaran kepada enam kepala dinas.')
    assert got == [("KPK", 'gubernur diduga meminta "jatah" sebesar 5 persen dari penambahan anggaran kepada enam '
                           'kepala dinas')]
    assert quotes("Sebanyak 148 warga mengungsi, menurut data Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten "
                  "Cilacap.") == [("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cilacap", None)]
    assert quotes("Militer AS telah menyerang 14 kapal, menurut hitungan kantor berita Reuters.") == [
        ("Reuters", "kantor berita")]
    assert quotes('"Air datang tiba-tiba," kata Muhammad Suhail, Kepala PDMA Khyber Pakhtunkhwa, kepada wartawan.') \
        == [("Muhammad Suhail", "Kepala PDMA Khyber Pakhtunkhwa")]
    assert quotes("Kantor PBB untuk Koordinasi Urusan Kemanusiaan (OCHA) memperkirakan hampir 20.000 warga kehilangan "
                  "tempat tinggal.") == [("Kantor PBB untuk Koordinasi Urusan Kemanusiaan (OCHA)", None)]


def test_all_of_a_crew_prisoners_militia_a_running_total_with_a_qualifier_and_bodies_no_place(facts_of):
    counts = facts_of("counts", "value", "kind", "place")

    assert counts("Helikopter itu jatuh akibat cuaca buruk, menewaskan kelima awaknya.") == [(5, "killed", None)]
    assert counts("Kedua negara sepakat. Ini ketiga kalinya banjir melanda. Korban kelima ditemukan.") == []
    assert counts("Kedua pihak sepakat menukar masing-masing 1.000 tawanan perang.") == [(1000, "detained", None)]
    assert counts("Maduro memerintahkan pengerahan 4,5 juta anggota milisi.") == [(4500000, "troops", None)]
    assert counts("Jumlah korban tewas akibat gempa pada Jumat bertambah menjadi lebih dari 1.600 orang.") == [
        (1600, "killed", None)]
    assert counts("Sekitar 4.500 personel militer, termasuk 2.200 anggota Korps Marinir, berada di kawasan itu.") == [
        (4500, "troops", None), (2200, "troops", None)]


def test_a_quotation_praised_the_authorities_a_clause_before_sementara_a_regions_official_and_a_full_name(facts_of):
    quotes = facts_of("quotes", "speaker", "speaker_role", "text")

    got = quotes('Presiden Ukraina Volodymyr Zelensky memuji operasi itu sebagai "hasil yang benar-benar brilian" dan '
                 'mengatakan 117 drone digunakan dalam serangan tersebut.')
    assert [(s, r) for s, r, _ in got] == [("Volodymyr Zelensky", "Presiden Ukraina")] * 2
    assert quotes("Menteri Luar Negeri Retno Marsudi mengecam keras serangan itu.") == []
    assert quotes("Pihak berwenang menduga kebakaran itu dipicu oleh warga yang membakar rumput.")[0][:2] == (
        "Pihak berwenang", None)
    assert quotes("Presiden Amerika Serikat Donald Trump mengucapkan selamat kepada Lee, sementara Kementerian Luar "
                  "Negeri China mengatakan Beijing siap bekerja sama.")[0][:2] == ("Kementerian Luar Negeri China", None)
    assert quotes('"Kami mengerahkan drone," kata seorang pejabat Kota Foshan kepada televisi pemerintah.')[0][:2] == (
        "seorang pejabat Kota Foshan", None)
    assert quotes("Kepala Pelaksana BPBD Kabupaten Bandung Uka Suska mengatakan air mencapai 1,5 meter.")[0][:2] == (
        "Uka Suska", "Kepala Pelaksana BPBD Kabupaten Bandung")
    # a short name is the full name the narrative gave without a title (not an election pair's)
    assert quotes('Majelis hakim yang diketuai Teguh Harianto membacakan putusan. "Terdakwa terbukti bersalah," kata '
                  'Teguh.')[0][0] == "Teguh Harianto"
    assert quotes("KPU menetapkan pasangan Pramono Anung-Rano Karno sebagai pemenang. Pramono mengatakan ia akan "
                  "menemui para pesaingnya.")[0][0] == "Pramono"


def test_a_titled_name_after_a_relation_an_acronym_stays_itself_and_scheduled_dates(facts_of):
    quotes = facts_of("quotes", "speaker", "speaker_role")

    assert quotes("Putri Duterte, Wakil Presiden Sara Duterte, menyebut penangkapan itu sebagai penculikan.") == [
        ("Sara Duterte", "Wakil Presiden")]
    assert quotes("Rina Kartika, Kepala Dinas Kesehatan, mengatakan kasus meningkat.") == [
        ("Rina Kartika", "Kepala Dinas Kesehatan")]
    assert quotes("Koordinator Kemanusiaan PBB Denise Brown mengatakan tim berusaha mencapai lokasi. Perang itu telah "
                  "menewaskan puluhan ribu orang, menurut PBB.")[-1] == ("PBB", None)
    dates = facts_of("dates", "text", "value", published="2025-03-12")
    assert dates("Hakim menjadwalkan sidang konfirmasi dakwaan pada 23 September.") == [("23 September", "2025-09-23")]
    counts = facts_of("counts", "value", "kind")
    assert counts("Sekitar 300 warga memilih tidur di tenda darurat karena khawatir gempa susulan.") == [
        (300, "displaced")]


def test_an_aside_on_who_is_among_the_counted_former_officials_and_a_body_named_to_its_acronym(facts_of):
    counts = facts_of("counts", "text", "kind")

    assert counts("Sedikitnya 61 migran, termasuk perempuan dan anak-anak, tewas setelah perahu itu tenggelam.") == [
        ("Sedikitnya 61 migran", "killed")]
    assert counts("Tiga mantan menteri hadir dalam sidang itu.") == [("Tiga mantan menteri", "other")]
    quotes = facts_of("quotes", "speaker")
    assert quotes("Sedikitnya 61 migran tewas setelah perahu karet itu tenggelam, kata Organisasi Internasional untuk "
                  "Migrasi (IOM) pada Minggu.") == [("Organisasi Internasional untuk Migrasi (IOM)",)]
