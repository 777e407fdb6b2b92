"""Write the stories dev set (tests/gold/stories_dev/*.jsonl) from the articles below.

Every article was written for Pantau in the style of Indonesian news reports (it does not copy any
published article). Gold fields: ``story`` (the story label) and ``duplicate_of`` (url of the
original for reprints, else null). Reprints are made from an original by another outlet's house
edits: its own dateline, a few word swaps, sometimes the last paragraph dropped or a closing
line added — the "lightly edited copies" the near-duplicate detector must catch.

    python scripts/make_stories_dev.py            # writes tests/gold/stories_dev/
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "gold" / "stories_dev"

# story label -> list of (outlet, url, published, title, text). The dateline is part of the text.
STORIES: dict[str, list[tuple[str, str, str, str, str]]] = {}


def art(story, outlet, url, published, title, text):
    STORIES.setdefault(story, []).append((outlet, url, published, title, text.strip()))


# ---------------------------------------------------------------------------------------------
# 1. Banjir Jakarta awal 2020 (figures change: evacuees and deaths rise)
art("banjir-jakarta-2020", "ANTARA", "https://www.antaranews.com/berita/banjir-jakarta-tahun-baru-2020", "2020-01-01",
    "Hujan semalaman, puluhan kelurahan di Jakarta terendam banjir", """
Jakarta (ANTARA) - Hujan deras yang mengguyur Jakarta dan sekitarnya sejak malam pergantian tahun membuat puluhan kelurahan terendam banjir pada Rabu pagi. Ketinggian air di sejumlah permukiman di bantaran Kali Ciliwung mencapai dua meter.

Kepala Pusat Data dan Informasi BPBD DKI Jakarta, M. Ridwan, mengatakan petugas telah dikerahkan ke Kampung Melayu, Bidara Cina dan Cawang untuk mengevakuasi warga yang terjebak di lantai dua rumah mereka. "Prioritas kami adalah lansia, anak-anak dan warga yang sakit," katanya.

Menurut catatan BPBD, sedikitnya 19.079 warga telah mengungsi ke masjid, sekolah dan kantor kelurahan hingga Rabu siang. Jumlah itu diperkirakan masih bertambah karena air kiriman dari Bogor belum surut.

Badan Meteorologi, Klimatologi, dan Geofisika mencatat curah hujan di Bandara Halim Perdanakusuma mencapai 377 milimeter dalam sehari, tertinggi sejak pencatatan dimulai. Sejumlah ruas jalan utama, termasuk Jalan Jenderal Sudirman dan akses tol bandara, sempat ditutup karena tergenang.

PLN memadamkan aliran listrik di ratusan gardu untuk mencegah warga tersengat listrik. Gubernur DKI Jakarta Anies Baswedan meminta warga di bantaran sungai mengikuti arahan petugas dan segera menuju lokasi pengungsian.
""")
art("banjir-jakarta-2020", "KOMPAS", "https://megapolitan.kompas.com/read/2020/01/02/pengungsi-banjir-jakarta-bertambah", "2020-01-02",
    "Pengungsi banjir di Jakarta bertambah menjadi 31.232 orang", """
JAKARTA, KOMPAS.com - Jumlah warga Jakarta yang mengungsi akibat banjir terus bertambah. Hingga Kamis pagi, BPBD DKI Jakarta mencatat 31.232 orang tinggal di 269 titik pengungsian yang tersebar di lima wilayah kota.

Jakarta Timur menjadi wilayah dengan pengungsi terbanyak, terutama dari Kelurahan Kampung Melayu dan Cipinang Melayu yang berada di pinggir Kali Sunter dan Ciliwung. Di Cipinang Melayu, lumpur setebal setengah meter menutup jalan kampung setelah air mulai turun.

Kepala BPBD DKI Jakarta Subejo menyebutkan dapur umum sudah didirikan di setiap kecamatan terdampak. "Logistik kami cukup untuk beberapa hari ke depan, yang kami butuhkan sekarang selimut dan pakaian kering," ujarnya.

Sementara itu, Badan Nasional Penanggulangan Bencana menyebut korban meninggal akibat banjir dan longsor di Jabodetabek mencapai 16 orang. Sebagian besar korban tewas karena hanyut, tertimbun longsor dan tersengat listrik.

Warga Kampung Pulo, Suryani (45), mengaku baru bisa kembali melihat rumahnya setelah dua hari mengungsi. "Kulkas, kasur, semua rusak. Tahun ini airnya lebih tinggi dari banjir 2007," katanya.
""")
art("banjir-jakarta-2020", "TEMPO", "https://metro.tempo.co/read/banjir-jabodetabek-korban-tewas-30", "2020-01-03",
    "BNPB: korban tewas banjir Jabodetabek menjadi 30 orang", """
TEMPO.CO, Jakarta - Badan Nasional Penanggulangan Bencana memperbarui data korban banjir dan tanah longsor di Jakarta, Bogor, Depok, Tangerang dan Bekasi. Hingga Jumat, korban meninggal tercatat 30 orang, naik dari 16 orang yang dilaporkan sehari sebelumnya.

Kepala Pusat Data, Informasi dan Humas BNPB Agus Wibowo mengatakan penambahan terjadi setelah tim gabungan menemukan korban longsor di Kabupaten Bogor dan korban hanyut di Bekasi. "Data ini masih dinamis, kami terus mencocokkan dengan laporan dari daerah," kata Agus.

Menurut BNPB, pengungsi di seluruh Jabodetabek kini berjumlah sekitar 173.000 orang. Di Jakarta sendiri sebagian warga mulai pulang ke rumah karena genangan di banyak kelurahan sudah surut.

Kepala BNPB Doni Monardo meminta pemerintah daerah mempercepat pembersihan lumpur dan sampah agar tidak muncul penyakit seperti diare dan leptospirosis. Kementerian Kesehatan mengirimkan tenaga medis tambahan ke posko pengungsian di Jakarta Timur dan Bekasi.

BMKG memperingatkan hujan lebat masih mungkin turun hingga pertengahan Januari sehingga warga di bantaran sungai diminta tetap waspada.
""")
art("banjir-jakarta-2020", "DETIK", "https://news.detik.com/berita/d-4843000/anies-dan-basuki-beda-pendapat-soal-normalisasi-ciliwung", "2020-01-02",
    "Anies dan Menteri PUPR beda pandangan soal normalisasi Ciliwung", """
Jakarta - Banjir besar di awal tahun memunculkan perdebatan soal penanganan Kali Ciliwung. Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono menyebut kawasan yang sudah dinormalisasi tidak tergenang parah, sementara bagian yang belum dikerjakan meluap.

"Dari 33 kilometer panjang Ciliwung, yang sudah dinormalisasi baru sekitar 16 kilometer," kata Basuki saat meninjau banjir bersama Gubernur DKI Jakarta Anies Baswedan di Jakarta Timur, Rabu (1/1/2020).

Anies menanggapi bahwa persoalan utama ada di hulu. Menurutnya, selama air dari kawasan selatan tidak dikendalikan, Jakarta akan tetap menerima limpahan air dalam jumlah besar. "Kita lihat Kampung Pulo yang sudah dinormalisasi pun tetap terendam," ujar Anies.

Perbedaan pendapat itu ramai dibicarakan di media sosial. Pengamat tata kota dari Universitas Trisakti, Nirwono Joga, menilai kedua pendekatan perlu dijalankan bersamaan, termasuk pembangunan waduk Ciawi dan Sukamahi di Bogor yang ditargetkan rampung tahun ini.

DPRD DKI berencana memanggil dinas terkait untuk meminta penjelasan soal anggaran pengendalian banjir yang dipangkas pada tahun lalu.
""")
art("banjir-jakarta-2020", "LIPUTAN6", "https://www.liputan6.com/news/read/warga-mulai-bersihkan-rumah-pasca-banjir", "2020-01-04",
    "Banjir surut, warga Jakarta bersihkan rumah dari lumpur", """
Liputan6.com, Jakarta: Air yang merendam permukiman di Jakarta Timur dan Jakarta Barat mulai surut pada Sabtu. Warga yang sebelumnya mengungsi kembali ke rumah untuk membersihkan lumpur dan menjemur barang-barang yang masih bisa diselamatkan.

Di Kelurahan Kampung Melayu, puluhan petugas Penanganan Prasarana dan Sarana Umum membantu mengangkut sampah dan perabot rusak ke truk. Pemadam kebakaran menyemprotkan air ke jalan-jalan kampung yang tertutup lumpur.

BPBD DKI Jakarta menyebut jumlah pengungsi di ibu kota tinggal 3.800 orang, jauh berkurang dibanding puncaknya pada Kamis. Sebagian besar yang masih bertahan di pengungsian adalah warga yang rumahnya rusak berat.

Pemerintah Provinsi DKI Jakarta membuka posko pengaduan bagi warga yang kendaraannya terendam dan dokumennya hilang. Dinas Kependudukan dan Pencatatan Sipil menjanjikan penggantian KTP dan kartu keluarga tanpa biaya.

"Yang penting anak-anak sehat dulu. Soal barang nanti dicicil," kata Sunarti, warga RW 04 Kampung Melayu, sambil mengeringkan buku pelajaran anaknya.
""")

# ---------------------------------------------------------------------------------------------
# 2. Banjir Jakarta Februari 2021 (same actors a year later: related, not the same story)
art("banjir-jakarta-2021", "ANTARA", "https://www.antaranews.com/berita/banjir-jakarta-februari-2021", "2021-02-20",
    "Ratusan RT di Jakarta tergenang setelah hujan deras", """
Jakarta (ANTARA) - Hujan deras sejak Jumat malam membuat ratusan rukun tetangga di Jakarta tergenang pada Sabtu. BPBD DKI Jakarta mencatat 193 RT terendam dengan ketinggian air antara 40 sentimeter hingga 1,8 meter.

Wilayah terdampak paling parah berada di Jakarta Selatan dan Jakarta Timur, antara lain Kemang, Pela Mampang, Cipinang Melayu dan Cawang. Di Kemang, air Kali Krukut meluap hingga menggenangi jalan utama dan deretan restoran.

Kepala Pelaksana BPBD DKI Jakarta Sabdo Kurnianto mengatakan sebanyak 3.311 warga mengungsi ke 40 lokasi. "Pengungsian kami atur dengan protokol kesehatan karena masih pandemi, jadi kapasitas tiap lokasi dibatasi," katanya.

Selain karena hujan lokal, banjir juga dipicu naiknya status Bendung Katulampa di Bogor dan pintu air Manggarai. Petugas Dinas Sumber Daya Air mengoperasikan pompa stasioner dan pompa mobile di titik-titik rawan.

Gubernur Anies Baswedan meninjau sejumlah lokasi pengungsian dan memastikan bantuan makanan serta masker tersedia.
""")
art("banjir-jakarta-2021", "KOMPAS", "https://megapolitan.kompas.com/read/2021/02/21/kali-krukut-kemang-banjir", "2021-02-21",
    "Kemang kembali banjir, warga keluhkan Kali Krukut yang menyempit", """
JAKARTA, KOMPAS.com - Kawasan Kemang di Jakarta Selatan kembali dilanda banjir setelah Kali Krukut meluap, Sabtu (20/2/2021). Warga dan pelaku usaha di sana mengeluhkan aliran kali yang terus menyempit akibat bangunan di bantaran.

Pemilik kafe di Jalan Kemang Raya, Andre (38), mengatakan air masuk ke ruang usahanya setinggi pinggang orang dewasa. "Setahun terakhir sudah tiga kali begini. Kami belum sempat pulih sejak pandemi," katanya.

Anggota DPRD DKI Jakarta dari Fraksi PDI-P, Gilbert Simanjuntak, menilai Pemprov DKI lamban melanjutkan program pelebaran sungai. Ia meminta Gubernur Anies Baswedan memaparkan rencana konkret penanganan Kali Krukut dan Kali Mampang.

Kepala Dinas Sumber Daya Air DKI Jakarta Yusmada Faizal menyebut pengerukan sedang berjalan, tetapi pembebasan lahan di beberapa titik belum selesai. Ia menargetkan pelebaran Kali Krukut dimulai tahun ini.

Hingga Minggu pagi, sebagian besar genangan di Kemang sudah surut, tetapi sampah dan lumpur masih menumpuk di depan rumah warga.
""")
art("banjir-jakarta-2021", "DETIK", "https://news.detik.com/berita/d-5402000/pengungsi-banjir-jakarta-pulang", "2021-02-22",
    "Genangan surut, pengungsi banjir Jakarta tersisa 1.380 orang", """
Jakarta - Sebagian besar genangan di Jakarta sudah surut pada Senin (22/2/2021). BPBD DKI Jakarta mencatat pengungsi kini tersisa 1.380 orang dari sebelumnya lebih dari 3.000 orang pada akhir pekan.

"RT yang masih tergenang tinggal 12, semuanya di Jakarta Timur dan Jakarta Selatan," ujar Kepala Pusat Data dan Informasi BPBD DKI M. Insaf. Petugas masih menyedot air di Cipinang Melayu yang letaknya lebih rendah dari sungai.

Dua warga dilaporkan meninggal selama banjir kali ini, satu karena tersengat listrik di Jakarta Timur dan satu lagi terseret arus di Jakarta Selatan.

Gubernur Anies Baswedan menyatakan genangan surut kurang dari enam jam di banyak lokasi, lebih cepat dibandingkan banjir awal 2020. Pernyataan itu dikritik sejumlah warga di media sosial yang rumahnya masih terendam hingga dua hari.

Pemprov DKI menyiapkan tim kesehatan keliling untuk memeriksa warga yang kembali ke rumah dan membagikan disinfektan.
""")
art("banjir-jakarta-2021", "TEMPO", "https://metro.tempo.co/read/banjir-jakarta-2021-pompa-dan-waduk", "2021-02-23",
    "Evaluasi banjir, Pemprov DKI tambah pompa dan percepat waduk", """
TEMPO.CO, Jakarta - Pemerintah Provinsi DKI Jakarta mengevaluasi penanganan banjir pada akhir pekan lalu. Dinas Sumber Daya Air berencana menambah pompa mobile di kawasan Kemang dan Cipinang Melayu serta mempercepat pembangunan waduk di Jakarta Timur.

Yusmada Faizal, Kepala Dinas Sumber Daya Air, mengatakan kapasitas pompa di sejumlah rumah pompa tidak mampu mengimbangi hujan ekstrem yang turun lebih dari 150 milimeter dalam beberapa jam. "Kami akan tambah 20 unit pompa mobile sebelum puncak musim hujan berikutnya," ujarnya, Selasa.

Wakil Gubernur DKI Ahmad Riza Patria menambahkan, Pemprov juga meminta pemerintah pusat mempercepat penyelesaian sodetan Ciliwung ke Kanal Banjir Timur yang lama tertunda.

Fraksi PSI di DPRD DKI meminta agar anggaran pengendalian banjir tidak lagi dipangkas dalam perubahan APBD tahun ini. Adapun BMKG memperkirakan curah hujan tinggi masih berpeluang terjadi hingga Maret.
""")

# ---------------------------------------------------------------------------------------------
# 3. Gempa Cianjur November 2022 (death toll: conflict between sources, then updates)
art("gempa-cianjur-2022", "ANTARA", "https://www.antaranews.com/berita/gempa-cianjur-magnitudo-5-6", "2022-11-21",
    "Gempa magnitudo 5,6 guncang Cianjur, ratusan rumah rusak", """
Cianjur (ANTARA) - Gempa bumi bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin siang sekitar pukul 13.21 WIB. Guncangan terasa hingga Jakarta, Bogor dan Bandung.

BMKG menyatakan pusat gempa berada di darat, sekitar 10 kilometer barat daya Cianjur, dengan kedalaman 10 kilometer. Gempa dipicu aktivitas sesar lokal dan tidak berpotensi tsunami.

Ratusan rumah di Kecamatan Cugenang, Pacet dan Warungkondang dilaporkan rusak. Sebagian bangunan sekolah dan pesantren ambruk saat kegiatan belajar masih berlangsung. Jalan penghubung Cianjur-Puncak tertutup longsoran tanah di Desa Cijedil.

Petugas BPBD Cianjur bersama TNI dan Polri mengevakuasi korban yang tertimpa reruntuhan dan membawa mereka ke RSUD Sayang Cianjur. Halaman rumah sakit dipenuhi pasien yang dirawat di tenda darurat karena bangunan dikhawatirkan tidak aman.

Hingga sore, BMKG mencatat lebih dari 25 gempa susulan dengan magnitudo terbesar 4,0. Warga diminta menjauhi bangunan yang retak dan lereng yang rawan longsor.
""")
art("gempa-cianjur-2022", "KOMPAS", "https://regional.kompas.com/read/2022/11/21/korban-gempa-cianjur-simpang-siur", "2022-11-21",
    "Data korban gempa Cianjur berbeda, Ridwan Kamil sebut 162 meninggal", """
CIANJUR, KOMPAS.com - Data korban meninggal akibat gempa Cianjur pada Senin (21/11/2022) masih berbeda-beda. Gubernur Jawa Barat Ridwan Kamil menyebutkan 162 orang meninggal dan 326 orang luka-luka.

"Sebagian besar korban adalah anak-anak yang sedang berada di sekolah atau pesantren," kata Ridwan Kamil dalam konferensi pers di Pendopo Cianjur, Senin malam.

Sementara itu, BNPB pada waktu yang hampir bersamaan masih mencatat 62 orang meninggal. Kepala BNPB Suharyanto menjelaskan angka yang dirilis lembaganya adalah data yang sudah diverifikasi nama dan alamatnya.

Menurut Ridwan Kamil, sekitar 13.000 warga mengungsi karena rumahnya rusak atau takut gempa susulan. Pemerintah Provinsi Jawa Barat menetapkan status tanggap darurat dan membuka posko utama di kantor bupati.

Listrik di sebagian wilayah Cianjur padam dan jaringan telepon seluler sempat terputus, menyulitkan pendataan korban di desa-desa terpencil di lereng Gunung Gede.
""")
art("gempa-cianjur-2022", "TEMPO", "https://nasional.tempo.co/read/jokowi-tinjau-gempa-cianjur", "2022-11-22",
    "Jokowi tinjau Cianjur, janjikan bantuan Rp50 juta untuk rumah rusak berat", """
TEMPO.CO, Cianjur - Presiden Joko Widodo meninjau lokasi terdampak gempa di Kecamatan Cugenang, Cianjur, pada Selasa. Presiden menjanjikan bantuan hingga Rp50 juta bagi warga yang rumahnya rusak berat.

"Rumah yang dibangun kembali harus tahan gempa. Kementerian PUPR akan mendampingi," kata Jokowi di sela peninjauan, didampingi Kepala BNPB Suharyanto dan Gubernur Jawa Barat Ridwan Kamil.

BNPB memperbarui data korban menjadi 268 orang meninggal, 151 orang hilang dan 1.083 orang luka-luka. Jumlah pengungsi tercatat 58.362 orang. Menurut Suharyanto, banyak korban hilang diduga tertimbun longsor di Desa Cijedil.

Presiden juga meminta agar pencarian korban diprioritaskan dan jalan Cianjur-Puncak segera dibuka. Alat berat dikerahkan untuk menyingkirkan timbunan tanah yang menutup jalan sepanjang beberapa ratus meter.

Sejumlah relawan mengeluhkan distribusi bantuan yang belum merata. Banyak pengungsi di kampung-kampung yang jauh dari jalan raya belum menerima tenda dan makanan.
""")
art("gempa-cianjur-2022", "DETIK", "https://news.detik.com/berita/d-6420000/pencarian-korban-longsor-cijedil", "2022-11-24",
    "Tim SAR lanjutkan pencarian korban tertimbun longsor di Cijedil", """
Cianjur - Tim SAR gabungan melanjutkan pencarian korban gempa yang tertimbun longsor di Desa Cijedil, Kecamatan Cugenang, Kamis (24/11/2022). Pencarian dilakukan dengan alat berat dan anjing pelacak dari Polri.

Kepala Kantor SAR Bandung Jumaril mengatakan timbunan tanah di lokasi mencapai kedalaman delapan meter sehingga pencarian harus dilakukan hati-hati. "Hujan sore hari membuat tanah labil, kami harus menghentikan pencarian beberapa kali," ujarnya.

BNPB menyebut korban meninggal bertambah menjadi 272 orang, sementara 39 orang masih dinyatakan hilang. Sebagian korban yang ditemukan adalah penumpang kendaraan yang melintas di jalan Cianjur-Puncak saat gempa terjadi.

Di posko pengungsian Cugenang, warga mulai membutuhkan popok bayi, obat-obatan dan terpal. Dinas Kesehatan Cianjur mencatat peningkatan kasus infeksi saluran pernapasan dan diare di kalangan pengungsi.
""")
art("gempa-cianjur-2022", "LIPUTAN6", "https://www.liputan6.com/news/read/bnpb-korban-gempa-cianjur-310", "2022-11-25",
    "BNPB: korban meninggal gempa Cianjur menjadi 310 orang", """
Liputan6.com, Cianjur: Badan Nasional Penanggulangan Bencana mencatat korban meninggal gempa Cianjur bertambah menjadi 310 orang hingga Jumat sore. Sebanyak 24 orang masih dalam pencarian.

Kepala BNPB Suharyanto mengatakan sebagian besar korban yang baru ditemukan berada di kawasan longsor Cijedil dan Warung Sate Sinta. "Kami tetap mencari sampai seluruh korban hilang ditemukan, dengan memperhitungkan cuaca," katanya.

Jumlah rumah rusak mencapai lebih dari 56.000 unit, terdiri atas rusak berat, sedang dan ringan. Pemerintah mulai mendata rumah yang akan dibangun kembali dengan skema bantuan stimulan.

BMKG mencatat gempa susulan sudah terjadi lebih dari 250 kali, tetapi kekuatannya terus melemah. Warga tetap diminta tidur di tenda dan tidak kembali ke rumah yang retak.

Sejumlah sekolah yang rusak akan menggunakan tenda darurat agar kegiatan belajar bisa dimulai lagi pekan depan.
""")

# ---------------------------------------------------------------------------------------------
# 4. Erupsi Semeru Desember 2021
art("semeru-2021", "ANTARA", "https://www.antaranews.com/berita/semeru-luncurkan-awan-panas-guguran", "2021-12-04",
    "Semeru luncurkan awan panas guguran, warga Lumajang panik", """
Lumajang (ANTARA) - Gunung Semeru di perbatasan Kabupaten Lumajang dan Malang, Jawa Timur, meluncurkan awan panas guguran pada Sabtu sore. Abu vulkanik tebal membuat langit di sejumlah desa gelap gulita.

Warga Kecamatan Candipuro dan Pronojiwo berlarian menyelamatkan diri ketika material vulkanik menerjang aliran Sungai Curah Kobokan. Jembatan Gladak Perak yang menghubungkan Lumajang dan Malang putus diterjang lahar.

Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) mencatat jarak luncur awan panas mencapai sekitar 11 kilometer dari puncak. Petugas pos pengamatan di Gunung Sawur melaporkan hujan abu disertai kerikil.

Bupati Lumajang Thoriqul Haq mengatakan pihaknya masih mendata warga yang belum diketahui keberadaannya. "Kami minta warga tidak kembali ke rumah untuk mengambil ternak atau barang," katanya.

BPBD Lumajang membuka posko pengungsian di balai desa dan masjid di Kecamatan Candipuro.
""")
art("semeru-2021", "KOMPAS", "https://regional.kompas.com/read/2021/12/05/korban-erupsi-semeru", "2021-12-05",
    "Korban meninggal erupsi Semeru jadi 14 orang, pencarian berlanjut", """
LUMAJANG, KOMPAS.com - Jumlah korban meninggal akibat erupsi Gunung Semeru bertambah menjadi 14 orang pada Minggu (5/12/2021). Tim SAR gabungan masih mencari korban yang diduga tertimbun material vulkanik di Dusun Curah Kobokan.

Plt Kepala Pusat Data, Informasi dan Komunikasi BNPB Abdul Muhari menyebutkan 56 orang luka-luka, sebagian besar mengalami luka bakar. Korban dirawat di RSUD dr Haryoto Lumajang dan Puskesmas Penanggal.

Pencarian terkendala suhu material yang masih panas dan hujan yang memicu banjir lahar dingin. Petugas menggunakan alat berat untuk membuka akses ke permukiman yang tertutup pasir.

Kepala PVMBG Andiani mengatakan status Semeru masih Level II atau waspada. Menurutnya, awan panas kali ini dipicu runtuhnya kubah lava akibat hujan deras, bukan peningkatan tekanan magma.

Sejumlah warga yang selamat mengaku tidak mendengar sirene peringatan sebelum awan panas datang.
""")
art("semeru-2021", "TEMPO", "https://nasional.tempo.co/read/jokowi-kunjungi-pengungsi-semeru", "2021-12-07",
    "Jokowi kunjungi pengungsi Semeru, relokasi warga disiapkan", """
TEMPO.CO, Lumajang - Presiden Joko Widodo mengunjungi pengungsi erupsi Gunung Semeru di Kecamatan Candipuro, Lumajang, Selasa. Presiden menyatakan pemerintah akan merelokasi warga yang tinggal di zona bahaya ke tempat yang lebih aman.

"Kurang lebih ada dua ribu rumah yang harus direlokasi," kata Jokowi. Lahan relokasi disiapkan di Desa Sumbermujur milik Perhutani.

BNPB mencatat korban meninggal mencapai 34 orang dan 17 orang masih hilang. Adapun pengungsi tersebar di 115 titik dengan jumlah 4.250 orang. Sebagian pengungsi tinggal di rumah kerabat di kecamatan lain.

Presiden juga meminta jembatan Gladak Perak segera dibangun kembali karena menjadi jalur utama distribusi logistik dan ekonomi warga. Kementerian PUPR menyiapkan jembatan sementara sambil menunggu pembangunan jembatan permanen.

Menteri Sosial Tri Rismaharini turut hadir dan menyerahkan bantuan santunan bagi ahli waris korban.
""")
art("semeru-2021", "DETIK", "https://news.detik.com/berita-jawa-timur/d-5845000/penambang-pasir-semeru", "2021-12-08",
    "Nasib penambang pasir Curah Kobokan setelah erupsi Semeru", """
Lumajang - Ratusan penambang pasir di aliran Sungai Curah Kobokan kehilangan mata pencaharian setelah erupsi Gunung Semeru pekan lalu. Sebagian dari mereka masih mencari rekan yang hilang saat awan panas datang.

Supri (41), penambang asal Desa Supiturang, menuturkan saat itu ia sedang menaikkan pasir ke truk ketika langit tiba-tiba gelap. "Saya lari ke atas, truk saya tinggal. Teman saya dua orang belum ketemu sampai sekarang," ujarnya di pengungsian, Rabu (8/12/2021).

Pemerintah Kabupaten Lumajang menghentikan sementara aktivitas tambang di sepanjang aliran lahar. PVMBG juga merekomendasikan warga tidak beraktivitas dalam radius 13 kilometer dari puncak di sektor tenggara.

Aktivis lingkungan menilai penambangan yang masif di aliran sungai ikut mengubah arah luncuran material dan memperbesar risiko bagi permukiman. Pemkab Lumajang berjanji mengkaji ulang izin tambang setelah masa tanggap darurat selesai.
""")
art("semeru-2021", "LIPUTAN6", "https://www.liputan6.com/news/read/semeru-bantuan-logistik-menumpuk", "2021-12-06",
    "Bantuan untuk korban Semeru berdatangan, posko kewalahan", """
Liputan6.com, Lumajang: Bantuan untuk korban erupsi Gunung Semeru terus berdatangan ke posko di Kecamatan Candipuro dan Pasirian, Senin. Relawan dari berbagai daerah datang membawa makanan, pakaian, masker dan obat-obatan.

Koordinator posko Desa Penanggal, Heri Santoso, mengatakan sebagian logistik menumpuk sementara pengungsi di titik lain kekurangan. "Kami minta donatur berkoordinasi dulu dengan posko utama supaya distribusinya merata," katanya.

BPBD Jawa Timur mencatat kebutuhan mendesak pengungsi saat ini adalah air bersih, selimut, perlengkapan bayi dan masker karena hujan abu masih turun di sejumlah desa.

Kementerian Sosial mendirikan dapur umum yang mampu menyiapkan ribuan porsi makanan setiap hari. Tim kesehatan juga memeriksa pengungsi yang mengalami sesak napas dan iritasi mata akibat abu vulkanik.

Gubernur Jawa Timur Khofifah Indar Parawansa meminta bupati Lumajang memetakan kebutuhan setiap titik pengungsian secara harian.
""")

# ---------------------------------------------------------------------------------------------
# 5. Erupsi Semeru Desember 2022 (same volcano and officials a year later: related)
art("semeru-2022", "ANTARA", "https://www.antaranews.com/berita/status-semeru-naik-awas", "2022-12-04",
    "Status Gunung Semeru naik menjadi Awas setelah awan panas", """
Lumajang (ANTARA) - Pusat Vulkanologi dan Mitigasi Bencana Geologi menaikkan status Gunung Semeru dari Level III Siaga menjadi Level IV Awas pada Minggu siang, setelah gunung itu meluncurkan awan panas guguran sejak dini hari.

Kepala Badan Geologi Muhammad Wafid mengatakan jarak luncur awan panas mencapai tujuh kilometer ke arah Besuk Kobokan. "Masyarakat tidak boleh beraktivitas dalam radius delapan kilometer dari puncak dan 17 kilometer di sepanjang Besuk Kobokan," katanya.

Bupati Lumajang Thoriqul Haq memerintahkan evakuasi warga di Dusun Sumbersari dan Kajar Kuning. Sekitar 2.000 warga dipindahkan ke balai desa, sekolah dan masjid di Kecamatan Candipuro dan Pronojiwo.

Berbeda dengan tahun lalu, kali ini warga sudah lebih siap. Sirene peringatan dibunyikan dan relawan desa mengarahkan warga ke jalur evakuasi sebelum awan panas mencapai permukiman.
""")
art("semeru-2022", "KOMPAS", "https://regional.kompas.com/read/2022/12/05/semeru-awas-tidak-ada-korban", "2022-12-05",
    "Semeru berstatus Awas, BNPB pastikan tidak ada korban jiwa", """
LUMAJANG, KOMPAS.com - BNPB memastikan tidak ada korban jiwa dalam erupsi Gunung Semeru yang terjadi pada Minggu (4/12/2022). Kepala BNPB Suharyanto mengatakan evakuasi berjalan cepat karena warga dan aparat belajar dari pengalaman erupsi Desember 2021.

"Tahun lalu korban banyak karena tidak ada peringatan. Sekarang sistem peringatan dini bekerja dan warga langsung turun," ujar Suharyanto saat meninjau pengungsian di Candipuro, Senin.

Menurut data BPBD Lumajang, jumlah pengungsi mencapai 1.979 orang di 11 titik. Kebutuhan logistik dinilai masih tercukupi, tetapi pengungsi membutuhkan masker dan air bersih.

Jembatan Gladak Perak yang baru dibangun setelah erupsi tahun lalu tidak terdampak. Namun, jalur di sekitar Besuk Kobokan sempat ditutup karena tertimbun material vulkanik yang masih panas.
""")
art("semeru-2022", "DETIK", "https://news.detik.com/berita-jawa-timur/d-6445000/semeru-turun-siaga", "2022-12-06",
    "Aktivitas menurun, status Semeru diturunkan ke Siaga", """
Lumajang - Badan Geologi menurunkan status Gunung Semeru dari Awas ke Siaga pada Selasa (6/12/2022) setelah aktivitas vulkanik dinilai menurun. Namun, warga tetap dilarang beraktivitas di sepanjang Besuk Kobokan.

Koordinator Mitigasi Gunung Api PVMBG Oktory Prambada menjelaskan jumlah gempa guguran dan awan panas berkurang signifikan dalam 24 jam terakhir. "Potensi awan panas masih ada karena endapan di lereng belum stabil," katanya.

Sebagian pengungsi mulai pulang ke rumah di siang hari untuk memberi makan ternak dan kembali ke pengungsian menjelang malam. BPBD Lumajang tetap membuka posko dan dapur umum hingga keadaan dinyatakan aman.

Penambang pasir di aliran sungai diminta menghentikan aktivitas sampai ada rekomendasi baru dari PVMBG.
""")

# ---------------------------------------------------------------------------------------------
# 6. Tragedi Kanjuruhan Oktober 2022 (conflicting tolls, then updates)
art("kanjuruhan-2022", "ANTARA", "https://www.antaranews.com/berita/kericuhan-stadion-kanjuruhan", "2022-10-02",
    "Ratusan orang meninggal dalam kericuhan di Stadion Kanjuruhan", """
Malang (ANTARA) - Ratusan orang meninggal dunia setelah kericuhan pecah usai pertandingan Liga 1 antara Arema FC dan Persebaya Surabaya di Stadion Kanjuruhan, Kabupaten Malang, Sabtu malam.

Kapolda Jawa Timur Irjen Pol Nico Afinta dalam konferensi pers Minggu dini hari menyebutkan 127 orang meninggal, termasuk dua anggota Polri. Menurut dia, suporter turun ke lapangan setelah Arema kalah 2-3 dan aparat menembakkan gas air mata untuk membubarkan massa.

Banyak korban meninggal karena terinjak-injak dan sesak napas saat berdesakan menuju pintu keluar. Korban dibawa ke sejumlah rumah sakit di Kabupaten dan Kota Malang.

PSSI menghentikan sementara kompetisi Liga 1 selama satu pekan. Presiden Joko Widodo meminta Kapolri mengusut tuntas peristiwa tersebut dan mengevaluasi pengamanan pertandingan sepak bola.
""")
art("kanjuruhan-2022", "KOMPAS", "https://regional.kompas.com/read/2022/10/02/data-korban-kanjuruhan-berbeda", "2022-10-02",
    "Data korban Kanjuruhan berbeda, Dinkes Malang catat 131 meninggal", """
MALANG, KOMPAS.com - Jumlah korban meninggal dalam tragedi Stadion Kanjuruhan masih simpang siur pada Minggu (2/10/2022). Dinas Kesehatan Kabupaten Malang mencatat 131 orang meninggal, sementara Polri menyebut 125 orang setelah melakukan verifikasi ulang.

Kepala Dinas Kesehatan Kabupaten Malang Wiyanto Wijoyo mengatakan data lembaganya dihimpun dari rumah sakit dan puskesmas yang menerima korban. "Ada korban yang dibawa keluarga langsung pulang, itu yang sedang kami cocokkan," ujarnya.

Kapolri Jenderal Listyo Sigit Prabowo mengatakan perbedaan terjadi karena ada nama yang tercatat dua kali di dua rumah sakit. Polri membentuk tim investigasi untuk memeriksa penggunaan gas air mata di dalam stadion.

Keluarga korban mendatangi RSUD Kanjuruhan untuk mencari anggota keluarga yang belum pulang sejak Sabtu malam.
""")
art("kanjuruhan-2022", "TEMPO", "https://nasional.tempo.co/read/tgipf-kanjuruhan-dibentuk", "2022-10-03",
    "Pemerintah bentuk TGIPF usut tragedi Kanjuruhan", """
TEMPO.CO, Jakarta - Pemerintah membentuk Tim Gabungan Independen Pencari Fakta untuk mengusut tragedi di Stadion Kanjuruhan, Malang. Tim dipimpin Menteri Koordinator Bidang Politik, Hukum dan Keamanan Mahfud MD.

"Tim ini akan bekerja paling lama satu bulan dan hasilnya disampaikan kepada Presiden," kata Mahfud di kantornya, Senin. Anggota tim terdiri atas unsur pemerintah, akademisi, pengamat sepak bola dan jurnalis.

Mahfud menyebut tim akan menelusuri penggunaan gas air mata yang dilarang FIFA di dalam stadion, kapasitas penonton yang melebihi batas dan pintu keluar yang terkunci saat penonton berdesakan.

Sementara itu, Kapolri mencopot Kapolres Malang AKBP Ferli Hidayat dan menonaktifkan sejumlah perwira Brimob yang bertugas malam itu. Komnas HAM juga menurunkan tim untuk memeriksa dugaan pelanggaran hak asasi manusia.
""")
art("kanjuruhan-2022", "DETIK", "https://news.detik.com/berita/d-6330000/korban-kanjuruhan-bertambah-131", "2022-10-06",
    "Korban tragedi Kanjuruhan bertambah jadi 131 orang", """
Jakarta - Korban meninggal dalam tragedi Stadion Kanjuruhan bertambah menjadi 131 orang. Polri menyatakan angka itu merupakan hasil pencocokan data bersama Dinas Kesehatan dan rumah sakit di Malang.

Kadiv Humas Polri Irjen Dedi Prasetyo mengatakan, pada Kamis (6/10/2022), penyidik telah menetapkan enam tersangka, di antaranya Direktur Utama PT Liga Indonesia Baru, ketua panitia pelaksana pertandingan, dan petugas keamanan yang memerintahkan penembakan gas air mata.

"Penyidik menemukan pintu stadion tidak dibuka penuh dan penonton melebihi kapasitas," kata Dedi. Para tersangka dijerat pasal kelalaian yang menyebabkan orang lain meninggal.

Aremania menggelar doa bersama di depan Stadion Kanjuruhan dan menuntut keadilan bagi korban, termasuk 33 anak-anak yang meninggal dalam tragedi tersebut.
""")

# ---------------------------------------------------------------------------------------------
# 7. KTT G20 Bali November 2022
art("ktt-g20-bali", "ANTARA", "https://www.antaranews.com/berita/ktt-g20-bali-dibuka", "2022-11-15",
    "Jokowi buka KTT G20 di Bali, serukan akhiri perang", """
Nusa Dua, Bali (ANTARA) - Presiden Joko Widodo membuka Konferensi Tingkat Tinggi G20 di Nusa Dua, Bali, Selasa. Dalam pidatonya, Jokowi menyerukan para pemimpin dunia untuk mengakhiri perang dan bekerja sama memulihkan ekonomi global.

"Kita tidak boleh membiarkan dunia jatuh ke dalam perang dingin yang baru," kata Jokowi di hadapan para kepala negara dan pemerintahan, termasuk Presiden Amerika Serikat Joe Biden dan Presiden China Xi Jinping.

Rusia diwakili Menteri Luar Negeri Sergey Lavrov, sementara Presiden Ukraina Volodymyr Zelenskyy berbicara secara virtual. Isu ketahanan pangan dan energi menjadi pembahasan utama pada sesi pertama.

Pengamanan di kawasan Nusa Dua diperketat. Ribuan personel TNI dan Polri disiagakan dan sejumlah ruas jalan ditutup saat rombongan kepala negara melintas.
""")
art("ktt-g20-bali", "KOMPAS", "https://nasional.kompas.com/read/2022/11/14/biden-xi-bertemu-di-bali", "2022-11-14",
    "Biden dan Xi Jinping bertemu di Bali jelang KTT G20", """
NUSA DUA, KOMPAS.com - Presiden Amerika Serikat Joe Biden dan Presiden China Xi Jinping bertemu di sebuah hotel di Nusa Dua, Bali, Senin (14/11/2022), sehari sebelum KTT G20 dimulai. Pertemuan itu merupakan tatap muka pertama keduanya sejak Biden menjabat.

Pertemuan berlangsung lebih dari tiga jam. Menurut Gedung Putih, Biden menyampaikan keberatan atas sikap China terhadap Taiwan dan pelanggaran hak asasi manusia, tetapi juga menegaskan kedua negara harus mengelola persaingan secara bertanggung jawab.

Xi Jinping, seperti dikutip kantor berita Xinhua, mengatakan masalah Taiwan adalah garis merah yang tidak boleh dilanggar. Keduanya sepakat menghidupkan kembali dialog di bidang perubahan iklim.

Pengamat hubungan internasional Universitas Indonesia, Evi Fitriani, menilai pertemuan itu menjadi keberhasilan diplomasi Indonesia sebagai tuan rumah yang mampu mempertemukan negara-negara besar di tengah ketegangan.
""")
art("ktt-g20-bali", "TEMPO", "https://dunia.tempo.co/read/deklarasi-bali-g20-disepakati", "2022-11-16",
    "Pemimpin G20 sepakati Deklarasi Bali", """
TEMPO.CO, Nusa Dua - Para pemimpin G20 menyepakati Deklarasi Bali pada penutupan KTT di Nusa Dua, Rabu. Deklarasi berisi 52 paragraf yang mencakup ketahanan pangan, energi, kesehatan global dan transformasi digital.

Presiden Joko Widodo mengatakan pembahasan paragraf soal perang di Ukraina berlangsung alot hingga tengah malam. "Sebagian besar anggota mengecam keras perang di Ukraina, tetapi ada pandangan lain dan penilaian yang berbeda," kata Jokowi membacakan isi deklarasi.

Jokowi kemudian menyerahkan palu keketuaan G20 kepada Perdana Menteri India Narendra Modi yang akan memimpin G20 tahun depan.

Di sela KTT, sejumlah kesepakatan investasi diumumkan, termasuk pendanaan transisi energi bagi Indonesia senilai 20 miliar dolar AS melalui skema Just Energy Transition Partnership.
""")
art("ktt-g20-bali", "LIPUTAN6", "https://www.liputan6.com/bisnis/read/umkm-bali-ktt-g20", "2022-11-17",
    "Pelaku UMKM Bali rasakan berkah KTT G20", """
Liputan6.com, Denpasar: Pelaku usaha mikro, kecil dan menengah di Bali merasakan dampak positif penyelenggaraan KTT G20 di Nusa Dua. Produk kerajinan, kopi dan kain tenun Bali dipamerkan di pusat media dan dibeli para delegasi.

Ketut Sudiarta, perajin perak dari Celuk, Gianyar, mengaku penjualannya selama sepekan KTT setara dengan penjualan tiga bulan biasa. "Banyak delegasi dan wartawan asing yang datang ke stan kami," katanya, Kamis.

Dinas Pariwisata Provinsi Bali mencatat tingkat hunian hotel di kawasan Nusa Dua dan Jimbaran mencapai lebih dari 90 persen selama penyelenggaraan KTT G20.

Gubernur Bali Wayan Koster berharap kesuksesan KTT G20 menjadi promosi bagi pariwisata Bali yang sempat terpuruk selama pandemi.
""")

# ---------------------------------------------------------------------------------------------
# 8. Larangan ekspor CPO dan minyak goreng April 2022
art("larangan-ekspor-cpo", "ANTARA", "https://www.antaranews.com/berita/jokowi-larang-ekspor-minyak-goreng", "2022-04-22",
    "Jokowi larang ekspor bahan baku minyak goreng mulai 28 April", """
Jakarta (ANTARA) - Presiden Joko Widodo memutuskan melarang ekspor bahan baku minyak goreng dan minyak goreng mulai Kamis, 28 April 2022, hingga batas waktu yang akan ditentukan kemudian.

"Saya akan terus memantau dan mengevaluasi pelaksanaan kebijakan ini agar ketersediaan minyak goreng di dalam negeri melimpah dengan harga terjangkau," kata Presiden dalam keterangan pers di Istana Merdeka, Jumat.

Keputusan itu diambil setelah harga minyak goreng curah di pasar tradisional bertahan di atas harga eceran tertinggi Rp14.000 per liter selama berbulan-bulan, meski pemerintah sudah memberikan subsidi.

Gabungan Pengusaha Kelapa Sawit Indonesia menyatakan menghormati keputusan pemerintah, tetapi mengingatkan bahwa tangki penyimpanan di dalam negeri bisa penuh dalam beberapa pekan jika ekspor dihentikan.
""")
art("larangan-ekspor-cpo", "KOMPAS", "https://money.kompas.com/read/2022/04/26/larangan-ekspor-cpo-petani-sawit", "2022-04-26",
    "Harga TBS anjlok, petani sawit keluhkan larangan ekspor", """
JAKARTA, KOMPAS.com - Petani kelapa sawit di sejumlah daerah mengeluhkan anjloknya harga tandan buah segar (TBS) setelah pemerintah mengumumkan larangan ekspor bahan baku minyak goreng.

Ketua Umum Asosiasi Petani Kelapa Sawit Indonesia (Apkasindo) Gulat Manurung mengatakan harga TBS di tingkat petani swadaya turun hingga 40 persen dalam beberapa hari. "Pabrik kelapa sawit mulai membatasi pembelian karena khawatir tangki penuh," katanya, Selasa (26/4/2022).

Di Riau dan Kalimantan Barat, sejumlah pabrik bahkan menghentikan pembelian TBS dari petani. Buah yang tidak terjual membusuk di tepi jalan.

Kementerian Perdagangan meminta pabrik tetap membeli TBS petani dengan harga wajar. Pemerintah juga menegaskan larangan hanya berlaku untuk minyak goreng dan bahan bakunya, bukan untuk seluruh produk sawit.
""")
art("larangan-ekspor-cpo", "TEMPO", "https://bisnis.tempo.co/read/larangan-ekspor-diperluas-cpo", "2022-04-27",
    "Pemerintah perluas larangan ekspor hingga CPO", """
TEMPO.CO, Jakarta - Pemerintah memperluas cakupan larangan ekspor, tidak hanya untuk olein sebagai bahan baku minyak goreng, tetapi juga minyak sawit mentah (crude palm oil/CPO) dan minyak sawit merah.

Menteri Koordinator Bidang Perekonomian Airlangga Hartarto mengatakan perubahan dilakukan untuk memastikan pasokan bahan baku minyak goreng di dalam negeri. "Larangan berlaku sampai harga minyak goreng curah mencapai Rp14.000 per liter di pasar," kata Airlangga, Rabu malam.

Pengumuman itu memicu kenaikan harga minyak sawit di bursa Malaysia. Sejumlah negara importir, termasuk India dan Pakistan, mulai mencari pasokan alternatif.

Ekonom Indef Tauhid Ahmad menilai kebijakan yang berubah dalam waktu singkat membuat pelaku usaha bingung dan berpotensi mengurangi devisa ekspor dalam jumlah besar.
""")
art("larangan-ekspor-cpo", "DETIK", "https://finance.detik.com/berita-ekonomi-bisnis/d-6050000/harga-minyak-goreng-di-pasar", "2022-04-28",
    "Larangan ekspor berlaku, harga minyak goreng di pasar belum turun", """
Jakarta - Larangan ekspor minyak sawit mentah dan minyak goreng resmi berlaku Kamis (28/4/2022). Namun, di sejumlah pasar tradisional di Jakarta, harga minyak goreng curah belum turun.

Di Pasar Senen, minyak goreng curah dijual Rp19.000 hingga Rp20.000 per liter, sementara minyak goreng kemasan masih di atas Rp24.000 per liter. "Belum ada perubahan, stok dari agen juga masih sama," kata Rohmah, pedagang sembako.

Menteri Perdagangan Muhammad Lutfi meminta masyarakat bersabar karena dampak kebijakan butuh waktu. Satgas Pangan Polri akan mengawasi distribusi agar tidak ada penimbunan dan ekspor ilegal melalui pelabuhan kecil.

Direktorat Jenderal Bea dan Cukai menyatakan telah memperketat pemeriksaan kapal tanker di pelabuhan Dumai, Belawan dan Balikpapan.
""")

# ---------------------------------------------------------------------------------------------
# 9. Kebakaran hutan dan lahan di Riau, September 2019
art("karhutla-riau-2019", "ANTARA", "https://www.antaranews.com/berita/kabut-asap-pekanbaru-sekolah-diliburkan", "2019-09-10",
    "Kabut asap pekat, sekolah di Pekanbaru diliburkan", """
Pekanbaru (ANTARA) - Dinas Pendidikan Kota Pekanbaru meliburkan seluruh sekolah tingkat PAUD, SD dan SMP mulai Selasa karena kabut asap akibat kebakaran hutan dan lahan semakin pekat.

Indeks Standar Pencemar Udara di Pekanbaru menunjukkan kategori berbahaya sejak pagi. Jarak pandang di sejumlah ruas jalan kurang dari 500 meter dan bau asap tercium hingga ke dalam rumah.

BMKG Stasiun Pekanbaru mendeteksi 627 titik panas di Riau pada Selasa pagi, sebagian besar di Kabupaten Pelalawan, Indragiri Hilir dan Bengkalis. Satgas Karhutla Riau mengerahkan helikopter untuk pengeboman air di lahan gambut yang terbakar.

Dinas Kesehatan Riau membagikan masker dan membuka posko kesehatan. Warga diminta mengurangi aktivitas di luar ruangan, terutama anak-anak, ibu hamil dan lansia.
""")
art("karhutla-riau-2019", "KOMPAS", "https://regional.kompas.com/read/2019/09/15/penderita-ispa-riau", "2019-09-15",
    "Penderita ISPA akibat kabut asap di Riau capai puluhan ribu", """
PEKANBARU, KOMPAS.com - Dinas Kesehatan Provinsi Riau mencatat penderita infeksi saluran pernapasan akut (ISPA) akibat kabut asap kebakaran hutan dan lahan mencapai 39.277 orang sejak awal Agustus.

Kepala Dinas Kesehatan Riau Mimi Yuliani Nazir mengatakan jumlah itu terus meningkat seiring memburuknya kualitas udara. "Kami membuka rumah singgah di beberapa kabupaten untuk warga yang butuh udara bersih," katanya, Minggu (15/9/2019).

Presiden Joko Widodo tiba di Pekanbaru pada Senin malam untuk memimpin rapat penanganan karhutla. Ia meminta aparat mencegah kebakaran sejak dini dan menindak tegas perusahaan pembakar lahan.

Kementerian Lingkungan Hidup dan Kehutanan telah menyegel puluhan lahan konsesi perusahaan yang terbakar di Riau dan Kalimantan.
""")
art("karhutla-riau-2019", "TEMPO", "https://nasional.tempo.co/read/jokowi-pimpin-rapat-karhutla-riau", "2019-09-17",
    "Jokowi tinjau lahan terbakar di Pelalawan", """
TEMPO.CO, Pelalawan - Presiden Joko Widodo meninjau lahan gambut yang terbakar di Desa Merbau, Kabupaten Pelalawan, Riau, Selasa. Jokowi mengakui upaya pencegahan kebakaran tahun ini tidak berjalan maksimal.

"Kita ini kalah, kebakaran sudah terjadi dan besar. Yang penting sekarang pemadaman," kata Jokowi di lokasi, didampingi Kepala BNPB Doni Monardo dan Kapolri Tito Karnavian.

BNPB telah mengerahkan 52 helikopter untuk water bombing dan menyemai garam untuk hujan buatan. Kapolri menyebut polisi telah menetapkan 185 tersangka perorangan dan empat korporasi dalam kasus karhutla di sejumlah provinsi.

Asap dari Riau dan Kalimantan juga dikeluhkan oleh Malaysia dan Singapura. Pemerintah Indonesia menyatakan sebagian titik api di kawasan itu berasal dari negara tetangga.
""")
art("karhutla-riau-2019", "LIPUTAN6", "https://www.liputan6.com/news/read/hujan-turun-di-riau-asap-berkurang", "2019-09-24",
    "Hujan turun, kabut asap di Pekanbaru mulai menipis", """
Liputan6.com, Pekanbaru: Hujan deras yang turun di Pekanbaru dan sejumlah kabupaten di Riau sejak Minggu malam membuat kabut asap mulai menipis. Kualitas udara pada Senin pagi membaik ke kategori sedang.

BMKG Stasiun Pekanbaru menyebut hujan merupakan hasil teknologi modifikasi cuaca yang dilakukan BPPT bersama TNI Angkatan Udara. Jumlah titik panas di Riau turun drastis menjadi 48 titik.

Sekolah-sekolah di Pekanbaru kembali dibuka setelah hampir dua pekan diliburkan. Namun, Dinas Pendidikan meminta siswa tetap membawa masker.

Satgas Karhutla Riau tetap melakukan pendinginan di lahan gambut karena api bisa menyala lagi di bawah permukaan jika cuaca kembali kering.
""")

# ---------------------------------------------------------------------------------------------
# 10. KRI Nanggala-402 hilang kontak, April 2021
art("kri-nanggala", "ANTARA", "https://www.antaranews.com/berita/kri-nanggala-hilang-kontak", "2021-04-21",
    "Kapal selam KRI Nanggala-402 hilang kontak di perairan Bali", """
Jakarta (ANTARA) - Kapal selam KRI Nanggala-402 milik TNI Angkatan Laut dilaporkan hilang kontak saat mengikuti latihan penembakan torpedo di perairan utara Bali, Rabu dini hari.

Kepala Dinas Penerangan TNI AL Laksamana Pertama Julius Widjojono mengatakan kapal selam itu membawa 53 orang, terdiri atas 49 awak, satu komandan satuan dan tiga personel persenjataan.

Kapal selam buatan Jerman tahun 1977 itu meminta izin menyelam sekitar pukul 03.00 WITA, tetapi tidak lagi bisa dihubungi setelah jadwal muncul ke permukaan. Tumpahan minyak terlihat dari udara di sekitar lokasi penyelaman.

TNI AL mengerahkan sejumlah kapal perang dan meminta bantuan negara sahabat. Singapura dan Malaysia menyatakan siap mengirimkan kapal penyelamat kapal selam.
""")
art("kri-nanggala", "KOMPAS", "https://nasional.kompas.com/read/2021/04/22/pencarian-kri-nanggala-oksigen", "2021-04-22",
    "Pencarian KRI Nanggala, cadangan oksigen cukup hingga Sabtu", """
JAKARTA, KOMPAS.com - Panglima TNI Marsekal Hadi Tjahjanto mengatakan cadangan oksigen di kapal selam KRI Nanggala-402 diperkirakan cukup hingga Sabtu (24/4/2021) dini hari. Pencarian pun dipacu sebelum batas waktu itu.

"Dengan kondisi black out, oksigen bisa bertahan 72 jam," kata Hadi di Pangkalan Udara Ngurah Rai, Bali, Kamis. TNI mengerahkan 21 kapal perang, satu kapal selam dan pesawat patroli maritim.

KSAL Laksamana Yudo Margono menduga kapal selam berada di kedalaman antara 600 hingga 700 meter, jauh melampaui batas kemampuan selamnya. Sebuah magnet kuat terdeteksi di lokasi pencarian pada kedalaman 50 hingga 100 meter dan sedang ditelusuri.

Keluarga awak kapal berkumpul di Markas Komando Armada II di Surabaya menunggu kabar.
""")
art("kri-nanggala", "TEMPO", "https://nasional.tempo.co/read/kri-nanggala-subsunk", "2021-04-24",
    "TNI nyatakan KRI Nanggala-402 tenggelam", """
TEMPO.CO, Badung - TNI Angkatan Laut menyatakan kapal selam KRI Nanggala-402 tenggelam atau subsunk setelah tim pencari menemukan serpihan dari kapal tersebut di perairan utara Bali, Sabtu.

KSAL Laksamana Yudo Margono memperlihatkan sejumlah barang yang ditemukan, antara lain pelurus tabung torpedo, pembungkus pipa pendingin dan botol pelumas periskop. "Dengan bukti otentik ini, kami menyatakan KRI Nanggala sudah masuk tahap subsunk," ujarnya.

Menurut Yudo, kapal selam diperkirakan berada di kedalaman 850 meter. Sementara status 53 awak kapal belum dinyatakan, menunggu bukti lebih lanjut.

Presiden Joko Widodo menyampaikan duka mendalam dan meminta seluruh pihak memberi dukungan bagi keluarga awak kapal.
""")
art("kri-nanggala", "DETIK", "https://news.detik.com/berita/d-5547000/53-awak-kri-nanggala-gugur", "2021-04-25",
    "Panglima TNI: 53 awak KRI Nanggala-402 gugur", """
Jakarta - Panglima TNI Marsekal Hadi Tjahjanto menyatakan seluruh 53 awak kapal selam KRI Nanggala-402 gugur. Pernyataan disampaikan setelah kapal MV Swift Rescue milik Singapura menangkap citra bagian kapal selam di dasar laut, Minggu (25/4/2021).

"Dari bukti-bukti otentik tersebut dapat dinyatakan bahwa KRI Nanggala-402 telah tenggelam dan seluruh awaknya telah gugur," kata Hadi di Bali.

Citra bawah laut memperlihatkan kapal selam terbelah menjadi tiga bagian di kedalaman 838 meter. Bagian kemudi vertikal, jangkar dan bagian luar badan kapal terlihat terpisah.

Presiden Joko Widodo menyampaikan bahwa pemerintah akan menanggung pendidikan anak-anak para awak dan memberikan kenaikan pangkat anumerta. Doa bersama digelar di sejumlah pangkalan TNI AL.
""")

# ---------------------------------------------------------------------------------------------
# 11. Mudik Lebaran 2023 (the estimate changes)
art("mudik-2023", "ANTARA", "https://www.antaranews.com/berita/survei-pemudik-lebaran-2023", "2023-04-10",
    "Kemenhub perkirakan 123,8 juta orang mudik Lebaran 2023", """
Jakarta (ANTARA) - Kementerian Perhubungan memperkirakan jumlah pemudik pada Lebaran 2023 mencapai 123,8 juta orang, naik sekitar 45 persen dibandingkan tahun lalu setelah pembatasan pandemi dicabut.

Menteri Perhubungan Budi Karya Sumadi mengatakan puncak arus mudik diprediksi terjadi pada 18 April. "Kami mengimbau masyarakat yang punya keleluasaan waktu untuk mudik lebih awal," ujarnya di Jakarta, Senin.

Berdasarkan survei Badan Kebijakan Transportasi, sebagian besar pemudik akan menggunakan mobil pribadi dan sepeda motor. Tujuan terbanyak adalah Jawa Tengah dan Jawa Timur.

Pemerintah menyiapkan skema satu arah dan ganjil genap di jalan tol Trans Jawa serta menambah kapasitas penyeberangan di Pelabuhan Merak dan Bakauheni.
""")
art("mudik-2023", "KOMPAS", "https://nasional.kompas.com/read/2023/04/18/puncak-arus-mudik-cikampek", "2023-04-18",
    "Puncak arus mudik, one way diberlakukan dari Cikampek hingga Kalikangkung", """
JAKARTA, KOMPAS.com - Korlantas Polri memberlakukan rekayasa lalu lintas satu arah dari Tol Jakarta-Cikampek Km 72 hingga Gerbang Tol Kalikangkung, Semarang, pada Selasa (18/4/2023) seiring puncak arus mudik.

Kakorlantas Polri Irjen Firman Shantyabudi mengatakan volume kendaraan yang keluar dari Jakarta melalui Gerbang Tol Cikampek Utama sudah melampaui 80.000 kendaraan sejak pagi. "Kami pantau terus, one way bisa diperpanjang jika diperlukan," katanya.

Antrean kendaraan juga terjadi di rest area dan Pelabuhan Merak. Pemudik sepeda motor memadati jalur pantura Indramayu dan Cirebon.

Jasa Marga mencatat sekitar 1,1 juta kendaraan meninggalkan Jabotabek dalam lima hari terakhir, naik dibandingkan masa mudik tahun lalu.
""")
art("mudik-2023", "DETIK", "https://news.detik.com/berita/d-6680000/pelabuhan-merak-antre", "2023-04-19",
    "Antrean di Pelabuhan Merak mengular, pemudik tertahan berjam-jam", """
Cilegon - Antrean kendaraan pemudik menuju Pelabuhan Merak mengular hingga jalan tol pada Rabu (19/4/2023) dini hari. Sebagian pemudik mengaku tertahan lebih dari lima jam sebelum bisa naik kapal ke Bakauheni.

General Manager ASDP Merak Hasan Lessy mengatakan pihaknya mengoperasikan 32 kapal dan membuka dermaga tambahan. "Kami juga mengalihkan sebagian kendaraan ke Pelabuhan Ciwandan," ujarnya.

Polda Banten memberlakukan penundaan kendaraan di kantong parkir untuk mengurai kepadatan di area pelabuhan. Pemudik sepeda motor didahulukan masuk ke kapal.

Menteri Perhubungan Budi Karya Sumadi meninjau langsung kondisi Pelabuhan Merak dan meminta petugas menambah loket pembelian tiket di luar area pelabuhan.
""")
art("mudik-2023", "TEMPO", "https://nasional.tempo.co/read/arus-balik-lebaran-2023", "2023-04-26",
    "Arus balik Lebaran, pemerintah catat jumlah pemudik lampaui perkiraan", """
TEMPO.CO, Jakarta - Kementerian Perhubungan menyebut jumlah pemudik Lebaran 2023 melebihi perkiraan awal. Berdasarkan data operator jalan tol, pelabuhan, bandara dan stasiun, jumlah perjalanan mudik diperkirakan lebih dari 130 juta orang.

Menteri Perhubungan Budi Karya Sumadi mengatakan arus balik terpantau mulai meningkat sejak Senin. Pemerintah memberlakukan kembali satu arah dari Kalikangkung menuju Jakarta pada Selasa dan Rabu.

Korlantas Polri mencatat jumlah kecelakaan selama operasi Ketupat turun dibandingkan tahun lalu, meski jumlah kendaraan meningkat. Sebagian besar kecelakaan melibatkan sepeda motor.

Pemerintah mengimbau warga yang belum kembali ke Jakarta untuk memanfaatkan program mudik gratis arus balik dan menghindari puncak arus pada akhir pekan.
""")

# ---------------------------------------------------------------------------------------------
# 12. Vaksinasi COVID-19 dimulai, Januari 2021
art("vaksinasi-covid-2021", "ANTARA", "https://www.antaranews.com/berita/jokowi-disuntik-vaksin-pertama", "2021-01-13",
    "Jokowi jadi orang pertama disuntik vaksin COVID-19 di Indonesia", """
Jakarta (ANTARA) - Presiden Joko Widodo menjadi orang pertama yang menerima suntikan vaksin COVID-19 buatan Sinovac di Istana Merdeka, Rabu pagi, menandai dimulainya program vaksinasi nasional.

Vaksin disuntikkan oleh Wakil Ketua Dokter Kepresidenan Abdul Muthalib. Setelah Presiden, sejumlah tokoh menerima suntikan, di antaranya Kapolri, Panglima TNI, perwakilan organisasi keagamaan, tenaga kesehatan dan pemengaruh media sosial.

"Tidak terasa sama sekali," kata Jokowi setelah menjalani observasi selama 30 menit.

Badan Pengawas Obat dan Makanan telah menerbitkan izin penggunaan darurat vaksin Sinovac pada Senin, sedangkan Majelis Ulama Indonesia menyatakan vaksin itu suci dan halal. Pemerintah menargetkan 181,5 juta penduduk divaksin dalam waktu sekitar 15 bulan.
""")
art("vaksinasi-covid-2021", "KOMPAS", "https://nasional.kompas.com/read/2021/01/14/vaksinasi-nakes-di-daerah", "2021-01-14",
    "Vaksinasi tenaga kesehatan dimulai serentak di daerah", """
JAKARTA, KOMPAS.com - Vaksinasi COVID-19 bagi tenaga kesehatan dimulai serentak di 34 provinsi pada Kamis (14/1/2021), sehari setelah Presiden Joko Widodo menerima suntikan pertama.

Juru bicara vaksinasi Kementerian Kesehatan Siti Nadia Tarmizi mengatakan tahap pertama menyasar sekitar 1,3 juta tenaga kesehatan. "Tenaga kesehatan adalah garda terdepan sehingga harus dilindungi lebih dulu," ujarnya.

Di sejumlah daerah, vaksinasi berjalan lancar meski ada peserta yang ditunda karena tekanan darah tinggi. Beberapa kepala daerah ikut disuntik untuk meyakinkan warganya bahwa vaksin aman.

Pemerintah menyiapkan aplikasi PeduliLindungi untuk mengirim undangan dan jadwal vaksinasi kepada penerima melalui pesan singkat.
""")
art("vaksinasi-covid-2021", "TEMPO", "https://nasional.tempo.co/read/ribka-tolak-vaksin", "2021-01-15",
    "Anggota DPR tolak divaksin, Menkes minta tokoh beri teladan", """
TEMPO.CO, Jakarta - Pernyataan anggota Komisi Kesehatan DPR Ribka Tjiptaning yang menolak divaksin COVID-19 menuai kritik. Menteri Kesehatan Budi Gunadi Sadikin meminta para tokoh memberi contoh agar masyarakat tidak ragu mengikuti program vaksinasi.

"Vaksin ini sudah melewati uji klinis dan izin darurat dari BPOM. Kami mengajak semua pihak mendukung," kata Budi di Jakarta, Jumat.

Survei sejumlah lembaga menunjukkan masih banyak warga yang ragu terhadap keamanan vaksin. Epidemiolog Universitas Indonesia Pandu Riono menilai komunikasi pemerintah harus lebih terbuka soal efikasi vaksin Sinovac yang di Indonesia tercatat 65,3 persen.

PDI Perjuangan menyatakan pernyataan Ribka merupakan sikap pribadi dan partai mendukung vaksinasi.
""")
art("vaksinasi-covid-2021", "LIPUTAN6", "https://www.liputan6.com/health/read/vaksin-sinovac-tahap-dua-tiba", "2021-01-12",
    "Jelang vaksinasi, 15 juta bahan baku vaksin Sinovac tiba", """
Liputan6.com, Jakarta: Sebanyak 15 juta dosis bahan baku vaksin COVID-19 dari Sinovac tiba di Bandara Soekarno-Hatta, Selasa, sehari sebelum program vaksinasi nasional dimulai.

Bahan baku itu akan diolah menjadi vaksin jadi oleh PT Bio Farma di Bandung. Direktur Utama Bio Farma Honesti Basyir mengatakan proses produksi dan pengujian mutu memerlukan waktu sekitar satu bulan.

Sebelumnya, tiga juta dosis vaksin jadi sudah tiba dan didistribusikan ke seluruh provinsi. Kementerian Kesehatan memastikan rantai dingin terjaga hingga ke puskesmas.

Menteri Luar Negeri Retno Marsudi menyebut pemerintah terus mengamankan pasokan vaksin dari berbagai produsen, termasuk melalui skema COVAX.
""")

# ---------------------------------------------------------------------------------------------
# 13. UU Ibu Kota Negara disahkan, Januari 2022
art("uu-ikn-2022", "ANTARA", "https://www.antaranews.com/berita/dpr-sahkan-ruu-ikn", "2022-01-18",
    "DPR sahkan RUU Ibu Kota Negara, nama Nusantara dipilih", """
Jakarta (ANTARA) - DPR mengesahkan Rancangan Undang-Undang Ibu Kota Negara menjadi undang-undang dalam rapat paripurna, Selasa. Ibu kota baru di Kalimantan Timur diberi nama Nusantara.

Ketua Panitia Khusus RUU IKN Ahmad Doli Kurnia mengatakan delapan fraksi setuju, sementara Fraksi PKS menolak. Undang-undang mengatur bentuk pemerintahan khusus Otorita Ibu Kota Nusantara yang dipimpin kepala otorita setingkat menteri.

Menteri Perencanaan Pembangunan Nasional Suharso Monoarfa mengatakan pembangunan tahap pertama di Kabupaten Penajam Paser Utara dimulai tahun ini. Kawasan inti pusat pemerintahan ditargetkan siap pada 2024.

Fraksi PKS menilai pembahasan terlalu cepat dan pemindahan ibu kota tidak tepat dilakukan di tengah pemulihan ekonomi akibat pandemi.
""")
art("uu-ikn-2022", "KOMPAS", "https://nasional.kompas.com/read/2022/01/19/kritik-uu-ikn-kilat", "2022-01-19",
    "UU IKN dinilai dibahas kilat, koalisi sipil siapkan gugatan", """
JAKARTA, KOMPAS.com - Koalisi masyarakat sipil mengkritik pembahasan RUU Ibu Kota Negara yang dinilai kilat dan minim partisipasi publik. Undang-undang itu dibahas dalam waktu sekitar 43 hari sebelum disahkan DPR pada Selasa (18/1/2022).

Peneliti Pusat Studi Hukum dan Kebijakan Indonesia menilai banyak hal penting diserahkan ke peraturan turunan, termasuk soal pendanaan dan status tanah. "Undang-undangnya seperti cek kosong," katanya.

Sejumlah tokoh berencana mengajukan uji formil ke Mahkamah Konstitusi. Mereka juga mempersoalkan nasib masyarakat adat di sekitar lokasi ibu kota baru di Penajam Paser Utara.

Pemerintah menyatakan terbuka terhadap masukan dan memastikan hak masyarakat lokal dilindungi dalam pembangunan Nusantara.
""")
art("uu-ikn-2022", "TEMPO", "https://bisnis.tempo.co/read/anggaran-ibu-kota-nusantara", "2022-01-20",
    "Anggaran IKN Nusantara: APBN tanggung separuh lebih", """
TEMPO.CO, Jakarta - Menteri Keuangan Sri Mulyani Indrawati mengatakan pembangunan Ibu Kota Nusantara tahap awal akan dibiayai antara lain dari anggaran program pemulihan ekonomi nasional. Total kebutuhan dana pembangunan ibu kota baru diperkirakan Rp466 triliun.

Menurut Bappenas, sekitar 19 persen akan berasal dari APBN, sementara sisanya dari kerja sama pemerintah dan badan usaha serta investasi swasta. Namun, sejumlah ekonom memperkirakan porsi APBN akan lebih besar karena minat swasta belum jelas.

"Pembangunan infrastruktur dasar seperti jalan, air baku dan istana tetap harus dari APBN," kata Sri Mulyani di kompleks parlemen, Kamis.

Ekonom Indef Bhima Yudhistira meminta pemerintah memprioritaskan pemulihan ekonomi dan tidak membebani anggaran negara dengan proyek ibu kota baru.
""")
art("uu-ikn-2022", "DETIK", "https://news.detik.com/berita/d-5905000/warga-sepaku-ibu-kota-baru", "2022-01-21",
    "Warga Sepaku bersiap menyambut ibu kota baru", """
Penajam Paser Utara - Warga Kecamatan Sepaku, Kabupaten Penajam Paser Utara, Kalimantan Timur, menyambut pengesahan Undang-Undang Ibu Kota Negara dengan perasaan campur aduk. Sebagian berharap ekonomi daerah tumbuh, sebagian khawatir kehilangan lahan.

"Harga tanah di sini sudah naik berlipat sejak pengumuman. Kami takut tidak bisa membeli lagi," kata Yati (48), warga Desa Bumi Harapan yang berada di dekat titik nol Nusantara, Jumat (21/1/2022).

Ketua adat suku Balik di Sepaku meminta pemerintah mengakui wilayah adat dan makam leluhur yang berada di kawasan pembangunan.

Bupati Penajam Paser Utara mengatakan pemerintah daerah telah membekukan transaksi jual beli tanah di kawasan inti untuk mencegah spekulan.
""")

# ---------------------------------------------------------------------------------------------
# 14. Tsunami Selat Sunda, Desember 2018
art("tsunami-selat-sunda-2018", "ANTARA", "https://www.antaranews.com/berita/tsunami-terjang-pantai-banten-lampung", "2018-12-23",
    "Tsunami terjang pantai Banten dan Lampung", """
Serang (ANTARA) - Gelombang tsunami menerjang pesisir Kabupaten Pandeglang, Serang dan Lampung Selatan pada Sabtu malam sekitar pukul 21.27 WIB. Ratusan bangunan rusak dan puluhan orang dilaporkan meninggal.

BNPB menduga tsunami dipicu longsoran bawah laut akibat erupsi Gunung Anak Krakatau, bersamaan dengan gelombang pasang karena bulan purnama. Tidak ada gempa yang mendahului sehingga peringatan dini tidak berbunyi.

Di Pantai Tanjung Lesung, gelombang menghantam panggung acara musik yang digelar sebuah perusahaan di tepi pantai. Sejumlah penonton dan anggota grup band hanyut terbawa air.

Tim SAR gabungan mengevakuasi korban ke puskesmas dan rumah sakit di Labuan dan Kalianda. Warga di pesisir diminta menjauhi pantai karena aktivitas Anak Krakatau masih tinggi.
""")
art("tsunami-selat-sunda-2018", "KOMPAS", "https://regional.kompas.com/read/2018/12/24/korban-tsunami-selat-sunda", "2018-12-24",
    "Korban tsunami Selat Sunda jadi 281 orang meninggal", """
PANDEGLANG, KOMPAS.com - Jumlah korban meninggal akibat tsunami yang melanda pesisir Selat Sunda bertambah menjadi 281 orang hingga Senin (24/12/2018). Sebanyak 1.016 orang luka-luka dan 57 orang masih hilang.

Kepala Pusat Data, Informasi dan Humas BNPB Sutopo Purwo Nugroho mengatakan Kabupaten Pandeglang menjadi daerah terdampak paling parah. Ribuan warga mengungsi ke dataran tinggi karena khawatir tsunami susulan.

"Masih banyak daerah yang belum terjangkau, terutama di Sumur dan Ujung Kulon," kata Sutopo. Akses jalan ke daerah itu terputus dan bantuan harus dikirim melalui jalur laut.

Presiden Joko Widodo mengunjungi korban di Pandeglang dan meminta BMKG memasang alat pendeteksi tsunami akibat aktivitas gunung api.
""")
art("tsunami-selat-sunda-2018", "TEMPO", "https://nasional.tempo.co/read/bmkg-alat-deteksi-tsunami-anak-krakatau", "2018-12-26",
    "BMKG akui tidak punya alat deteksi tsunami vulkanik", """
TEMPO.CO, Jakarta - Kepala BMKG Dwikorita Karnawati mengakui Indonesia belum memiliki sistem peringatan dini tsunami yang dipicu aktivitas gunung api seperti yang terjadi di Selat Sunda, Sabtu lalu.

"Sistem kami dirancang untuk tsunami yang dibangkitkan gempa tektonik. Tsunami karena longsoran Anak Krakatau tidak terdeteksi," kata Dwikorita di Jakarta, Rabu.

BMKG berencana memasang sensor pasang surut dan kamera pemantau di pulau-pulau sekitar Anak Krakatau. PVMBG mencatat tinggi Gunung Anak Krakatau berkurang drastis setelah sebagian tubuhnya runtuh ke laut.

BNPB memperbarui data korban meninggal menjadi 430 orang, sementara pengungsi mencapai lebih dari 21.000 orang.
""")
art("tsunami-selat-sunda-2018", "DETIK", "https://news.detik.com/berita/d-4361000/pengungsi-tsunami-sumur-kekurangan", "2018-12-27",
    "Pengungsi tsunami di Sumur kekurangan air bersih", """
Pandeglang - Pengungsi tsunami di Kecamatan Sumur, Kabupaten Pandeglang, kekurangan air bersih dan obat-obatan, Kamis (27/12/2018). Akses darat ke kecamatan di ujung barat Banten itu baru bisa dilalui kendaraan roda dua.

Relawan Aksi Cepat Tanggap mengatakan bantuan dikirim menggunakan kapal dari Labuan dan helikopter BNPB. "Banyak pengungsi anak-anak yang mulai demam dan diare," ujar koordinator relawan di Sumur.

Nelayan di Sumur kehilangan perahu dan alat tangkap. Sebagian besar rumah di tepi pantai rata dengan tanah.

Pemerintah Kabupaten Pandeglang memperpanjang masa tanggap darurat hingga awal Januari dan meminta warga tetap menjauhi pantai dalam radius 500 meter.
""")


# ---------------------------------------------------------------------------------------------
# Reprints: (story, index of the original, outlet, days later, edits)
OUTLETS = {
    "ANTARA": ("{place} (ANTARA) - ", "https://www.antaranews.com/berita/"),
    "KOMPAS": ("{PLACE}, KOMPAS.com - ", "https://www.kompas.com/read/"),
    "TEMPO": ("TEMPO.CO, {place} - ", "https://www.tempo.co/read/"),
    "LIPUTAN6": ("Liputan6.com, {place}: ", "https://www.liputan6.com/news/read/"),
    "CNN": ("{place}, CNN Indonesia -- ", "https://www.cnnindonesia.com/nasional/"),
    "REPUBLIKA": ("REPUBLIKA.CO.ID, {PLACE} -- ", "https://www.republika.co.id/berita/"),
    "OKEZONE": ("{PLACE} - ", "https://news.okezone.com/read/"),
    "SUARA": ("Suara.com - ", "https://www.suara.com/news/"),
    "JPNN": ("jpnn.com, {PLACE} - ", "https://www.jpnn.com/news/"),
}

REPRINTS = [
    ("banjir-jakarta-2020", 0, "REPUBLIKA", 0, "swap"),
    ("banjir-jakarta-2020", 1, "CNN", 0, "drop_last"),
    ("banjir-jakarta-2020", 2, "OKEZONE", 1, "swap_more"),
    ("banjir-jakarta-2021", 0, "JPNN", 0, "add_line"),
    ("banjir-jakarta-2021", 2, "SUARA", 1, "swap"),
    ("gempa-cianjur-2022", 0, "CNN", 0, "swap"),
    ("gempa-cianjur-2022", 1, "REPUBLIKA", 0, "drop_last"),
    ("gempa-cianjur-2022", 2, "SUARA", 0, "lead_only"),
    ("gempa-cianjur-2022", 4, "JPNN", 1, "swap_more"),
    ("semeru-2021", 0, "OKEZONE", 0, "swap"),
    ("semeru-2021", 2, "CNN", 1, "add_line"),
    ("semeru-2022", 1, "REPUBLIKA", 0, "swap_more"),
    ("kanjuruhan-2022", 0, "CNN", 0, "drop_last"),
    ("kanjuruhan-2022", 2, "SUARA", 1, "swap"),
    ("ktt-g20-bali", 0, "REPUBLIKA", 0, "swap"),
    ("ktt-g20-bali", 2, "OKEZONE", 0, "lead_only"),
    ("larangan-ekspor-cpo", 0, "CNN", 0, "swap_more"),
    ("karhutla-riau-2019", 1, "JPNN", 1, "drop_last"),
    ("kri-nanggala", 0, "REPUBLIKA", 0, "swap"),
    ("kri-nanggala", 3, "CNN", 0, "add_line"),
    ("mudik-2023", 0, "OKEZONE", 1, "swap"),
    ("vaksinasi-covid-2021", 0, "SUARA", 0, "swap_more"),
    ("uu-ikn-2022", 0, "JPNN", 0, "drop_last"),
    ("tsunami-selat-sunda-2018", 1, "CNN", 0, "swap"),
]

# House edits: the word swaps an editor makes when running a wire story.
SWAPS = [
    ("mengatakan", "menyatakan"), ("sejumlah", "beberapa"), ("meminta", "mengimbau"),
    ("sebagian besar", "mayoritas"), ("mencapai", "menembus"), ("warga", "masyarakat"),
    ("kata ", "ujar "), ("hingga", "sampai"), ("dilaporkan", "diberitakan"), ("menyebutkan", "menuturkan"),
    ("juga", "pun turut"), ("Namun,", "Akan tetapi,"),
]
CLOSING = {
    "JPNN": "Ikuti terus perkembangan berita ini hanya di jpnn.com.",
    "CNN": "Pemerintah daerah setempat masih terus memperbarui informasi di lapangan.",
    "SUARA": "Perkembangan terkini akan terus diperbarui.",
}
_DATELINE = re.compile(r"^.{0,60}?(?: -{1,2} |: )")


def _place(text: str) -> str:
    head = _DATELINE.match(text)
    if not head:
        return "Jakarta"
    h = head.group(0)
    for pat in (r"^([A-Z][\w ,]+?) \(ANTARA\)", r"^([A-Z][A-Za-z ]+), KOMPAS", r"TEMPO\.CO, ([\w ]+) -",
                r"Liputan6\.com, ([\w ]+):", r"^([A-Z][\w ]+) -"):
        m = re.search(pat, h)
        if m:
            return m.group(1).split(",")[0].strip().title()
    return "Jakarta"


def make_reprint(text: str, outlet: str, mode: str) -> str:
    place = _place(text)
    body = _DATELINE.sub("", text, count=1)
    n_swaps = {"swap": 3, "swap_more": 6}.get(mode, 2)
    done = 0
    for a, b in SWAPS:
        if done >= n_swaps:
            break
        if a in body:
            body = body.replace(a, b, 1)
            done += 1
    paras = body.split("\n\n")
    if mode == "drop_last" and len(paras) > 3:
        paras = paras[:-1]
    if mode == "lead_only":
        paras = paras[:3]
    if mode == "add_line":
        paras.append(CLOSING.get(outlet, "Berita ini akan terus diperbarui."))
    dateline = OUTLETS[outlet][0].format(place=place, PLACE=place.upper())
    return dateline + "\n\n".join(paras)


def _shift(date: str, days: int) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def build() -> list[dict]:
    records = []
    for story, arts in STORIES.items():
        for outlet, url, published, title, text in arts:
            records.append({"title": title, "text": text, "url": url, "published": published, "outlet": outlet,
                            "story": story, "duplicate_of": None})
    for story, idx, outlet, days, mode in REPRINTS:
        o_outlet, o_url, o_pub, o_title, o_text = STORIES[story][idx]
        slug = o_url.rstrip("/").rsplit("/", 1)[-1]
        records.append({"title": o_title, "text": make_reprint(o_text, outlet, mode),
                        "url": OUTLETS[outlet][1] + f"{_shift(o_pub, days).replace('-', '')}/{slug}",
                        "published": _shift(o_pub, days), "outlet": outlet, "story": story, "duplicate_of": o_url})
    return records


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    records = build()
    by_year: dict[str, list[dict]] = {}
    for r in records:
        by_year.setdefault(r["published"][:4], []).append(r)
    for old in OUT.glob("*.jsonl"):
        old.unlink()
    for year, rows in sorted(by_year.items()):
        rows.sort(key=lambda r: (r["published"], r["duplicate_of"] is not None, r["url"]))
        with open(OUT / f"stories_{year}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    words = [len(r["text"].split()) for r in records]
    print(f"{len(records)} articles, {len(STORIES)} stories, "
          f"{sum(1 for r in records if r['duplicate_of'])} reprints; words {min(words)}..{max(words)} -> {OUT}")


if __name__ == "__main__":
    main()
