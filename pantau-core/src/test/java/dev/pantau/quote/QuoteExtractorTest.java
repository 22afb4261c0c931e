package dev.pantau.quote;

import dev.pantau.Seed;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteExtractorTest {

    static String speaker(Doc d, Quote q) {
        return q.speaker() == null ? null : d.entity(q.speaker()).name();
    }

    static Quote quote(Doc d, String startsWith) {
        return d.quotes().stream().filter(q -> q.text().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote '" + startsWith + "' in " + d.quotes()));
    }

    @Test
    void putinSaysHeIsGladToMeetKim() {
        Doc d = Seed.analyze(Seed.text());
        Quote q = quote(d, "Saya senang bertemu Anda");
        assertEquals("Saya senang bertemu Anda", q.text(), "marks and the trailing comma are not quoted");
        assertTrue(q.direct());
        assertEquals("Vladimir Putin", speaker(d, q));
        assertEquals("kata", q.cue().text());
        assertEquals(q.text(), d.text(q.start(), q.end()));
    }

    @Test
    void reportedSpeechPartialQuotesAndScareQuotes() {
        Doc d = Seed.analyze(Seed.text());
        Quote reported = quote(d, "Korea Utara akan menjadikan");
        assertFalse(reported.direct());
        assertEquals("Kim Jong-un", speaker(d, reported));
        assertEquals("Kim Jong-un", speaker(d, quote(d, "prioritas nomor satu")), "a partial quote inside Kim's clause is Kim's");
        assertTrue(d.quotes().stream().noneMatch(q -> q.text().equals("paria")), "a scare quote is no quote");
        assertEquals("Kim Jong-un", speaker(d, quote(d, "Kami selalu menyatakan dukungan")));
        assertNull(quote(d, "Pembicaraan tatap muka").speaker(), "a news agency that is no entity leaves the speaker null");
    }

    @Test
    void quotesWithSpeakerAfterAndSuffixCue() {
        Doc d = Seed.analyze("Menteri Luar Negeri Retno Marsudi tiba di Kairo. \"Indonesia mendesak gencatan senjata segera,\" ujar Retno. "
                + "\"Kami akan terus bekerja,\" ujarnya.");
        List<Quote> qs = d.quotes();
        assertEquals(2, qs.size());
        assertEquals("Retno Marsudi", speaker(d, qs.get(0)));
        assertEquals("Retno Marsudi", speaker(d, qs.get(1)), "ujarnya: the person just mentioned");
    }

    @Test
    void pronounsAndAccordingToGoToTheLastSubject() {
        Doc d = Seed.analyze("Seperti diketahui, Elon Musk meluncurkan partai baru, kata Presiden Donald Trump kepada wartawan. "
                + "Menurutnya, partai itu akan gagal. Umat muslim, lanjutnya, bahkan kini memimpin upaya itu.");
        assertEquals("Donald Trump", speaker(d, quote(d, "partai itu akan gagal")));
        assertEquals("Donald Trump", speaker(d, quote(d, "Umat muslim")));
    }

    @Test
    void theSpeakerMayStandBeforeTheCue() {
        Doc d = Seed.analyze("Presiden Joko Widodo meninjau banjir. \"Pemerintah akan membantu semua korban,\" Jokowi menegaskan.", "2021-02-20");
        assertEquals("Joko Widodo", speaker(d, quote(d, "Pemerintah akan membantu")));
        Doc en = dev.pantau.Pantau.builder().language("en").build().analyze(dev.pantau.doc.Article.ofText(
                "President Vladimir Putin met Kim Jong-un. \"We are glad to see you,\" Putin said."));
        Quote q = en.quotes().get(0);
        assertEquals("We are glad to see you", q.text());
        assertEquals("Vladimir Putin", en.entity(q.speaker()).name());
    }

    @Test
    void aQuotedTitleIsNoQuote() {
        Doc d = Seed.analyze("Buku berjudul \"Jejak Para Nelayan Selat Malaka\" banyak dibaca. "
                + "\"Kami menunggu keputusan bank sentral sebelum membeli saham,\" kata Budi Santoso, seorang investor.");
        assertEquals(1, d.quotes().size(), d.quotes().toString());
        assertTrue(QuoteExtractor.isTitle("7 Cara Menanam Padi Organik"));
        assertFalse(QuoteExtractor.isTitle("Kami menunggu keputusan bank sentral"));
    }

    @Test
    void aPronounTakesTheSubjectBehindItsTitlesNotTheLastPersonNamed() {
        Doc d = Seed.analyze("Gubernur Bank Indonesia Perry Warjiyo menjelaskan keputusan itu bersama Menteri Keuangan Sri Mulyani Indrawati. "
                + "\"Inflasi masih terlalu tinggi untuk menurunkan suku bunga,\" kata dia.", "2024-03-07");
        assertEquals("Perry Warjiyo", speaker(d, quote(d, "Inflasi masih terlalu tinggi")));
    }

    @Test
    void theSpeechVerbsSubjectIsTheSpeaker() {
        Doc d = Seed.analyze("Menanggapi kritik Budi Santoso, sejumlah pejabat menegaskan bahwa aturan baru itu tetap berlaku bulan depan. "
                + "Ketua Koperasi Tani Makmur, Siti Rahmawati mengatakan bahwa harga pupuk naik dua kali lipat.", "2024-03-07");
        assertNull(quote(d, "aturan baru itu tetap berlaku").speaker(), "a subject that names nobody: no speaker, not the person in the fronted clause");
        assertEquals("Siti Rahmawati", speaker(d, quote(d, "harga pupuk naik")), "the name in apposition to the title is the speaker");
    }

    @Test
    void aSuffixCueAfterAQuoteContinuesTheSpeakerJustQuoted() {
        Doc d = Seed.analyze("Bupati Sleman Rudi Hartono menilai, banjir itu datang dari hulu sungai yang gundul. "
                + "\"Kami sudah meminta bantuan dari pemerintah provinsi sejak pekan lalu,\" ujarnya.", "2024-03-07");
        assertEquals("Rudi Hartono", speaker(d, quote(d, "banjir itu datang")));
        assertEquals("Rudi Hartono", speaker(d, quote(d, "Kami sudah meminta bantuan")));
    }

    @Test
    void aNamePartTheEntityLayerLeftUntaggedStillNamesItsPerson() {
        // "Bintang" is also a common word ("star"), so the entity layer leaves the lone word untagged
        Doc d = Seed.analyze("Wali Kota Bogor, Rudi Bintang, meresmikan pasar baru. "
                + "Bintang menegaskan bahwa pasar itu dibangun selama pandemi.", "2024-03-07");
        assertEquals("Rudi Bintang", speaker(d, quote(d, "pasar itu dibangun")));
    }

    @Test
    void afterTheCueThePersonBehindTitlesAndBodiesSpeaks() {
        Doc d = Seed.analyze("Sidang uji materi berlanjut di Jakarta. "
                + "\"Permohonan ini kami tolak untuk seluruhnya,\" ujar Hakim Mahkamah Konstitusi Arief Hidayat saat membacakan putusan. "
                + "\"Korban dibawa ke rumah sakit dengan luka berat,\" kata Kepala Seksi Humas Polres Garut, Iptu Dadang Sutisna.", "2024-03-07");
        assertEquals("Arief Hidayat", speaker(d, quote(d, "Permohonan ini kami tolak")));
        assertEquals("Dadang Sutisna", speaker(d, quote(d, "Korban dibawa")));
    }

    @Test
    void aTitleAloneAfterTheCueRefersBack() {
        Doc d = Seed.analyze("Presiden Joko Widodo meninjau lokasi banjir di Bekasi bersama warga. "
                + "\"Kita akan bangun tanggul yang lebih tinggi,\" kata presiden kepada wartawan.", "2021-02-20");
        assertEquals("Joko Widodo", speaker(d, quote(d, "Kita akan bangun tanggul")));
    }

    @Test
    void anAnaphoricSubjectAfterTheQuoteNamesTheSpeakerWhateverTheVerb() {
        Doc d = Seed.analyze("Gubernur Jawa Tengah Ganjar Pranowo mengkritik rencana pajak baru itu. "
                + "\"Pajak ini akan mematikan usaha kecil,\" ia menulis di akun media sosialnya. "
                + "\"Kami tidak akan diam!\" politikus senior itu memposting kemudian.", "2021-02-20");
        assertEquals("Ganjar Pranowo", speaker(d, quote(d, "Pajak ini akan mematikan")));
        assertEquals("Ganjar Pranowo", speaker(d, quote(d, "Kami tidak akan diam")));
    }

    @Test
    void menurutInsideOrAfterTheStatementAndLongAnaphoricNominals() {
        Doc d = Seed.analyze("Menteri Keuangan Sri Mulyani Indrawati membuka rapat anggaran di Jakarta. "
                + "Defisit tahun ini, menurut Sri Mulyani, masih berada di bawah tiga persen. "
                + "Penerimaan pajak naik sepuluh persen, menurut Sri Mulyani. "
                + "Menurut bendahara negara yang sudah menjabat dua periode itu, belanja subsidi harus dipangkas.", "2024-03-07");
        assertEquals("Sri Mulyani Indrawati", speaker(d, quote(d, "Defisit tahun ini")));
        assertEquals("Sri Mulyani Indrawati", speaker(d, quote(d, "Penerimaan pajak naik sepuluh persen")));
        assertEquals("Penerimaan pajak naik sepuluh persen", quote(d, "Penerimaan pajak").text());
        assertEquals("Sri Mulyani Indrawati", speaker(d, quote(d, "belanja subsidi harus dipangkas")));
        Doc tv = Seed.analyze("Menteri Keuangan Sri Mulyani Indrawati hadir. \"Anggaran kita aman sampai akhir tahun,\" kata Sri Mulyani, "
                + "menurut rekaman yang disiarkan Kompas TV.", "2024-03-07");
        assertTrue(tv.quotes().stream().noneMatch(q -> q.text().startsWith("kata")), "the quote's attribution is no statement: " + tv.quotes());
    }

    @Test
    void aShortQuotedPhraseInsideAReportedClauseStaysInIt() {
        Doc d = Seed.analyze("Menteri Keuangan Sri Mulyani Indrawati menyebut bahwa sikap \"terlalu hati-hati\" justru menahan investasi. "
                + "Ia juga menyebut gerakan \"Hemat Energi Nasional\" berhasil.", "2024-03-07");
        Quote clause = quote(d, "sikap");
        assertTrue(clause.text().endsWith("justru menahan investasi"), clause.text());
        assertEquals("Sri Mulyani Indrawati", speaker(d, quote(d, "terlalu hati-hati")));
        assertTrue(d.quotes().stream().noneMatch(q -> q.text().equals("Hemat Energi Nasional")), "a quoted name is no quote");
    }

    @Test
    void straightSingleQuotesAreQuotesButApostrophesAreNot() {
        List<int[]> marks = QuoteMarks.find("Ia bertanya apakah warga 'ingin jalan tol baru (atau jalan desa)' pada Jum'at lalu.");
        assertEquals(1, marks.size());
        assertEquals("'ingin jalan tol baru (atau jalan desa)'", "Ia bertanya apakah warga 'ingin jalan tol baru (atau jalan desa)' pada Jum'at lalu."
                .substring(marks.get(0)[0], marks.get(0)[1] + 1));
        assertTrue(QuoteMarks.find("Hari Jum'at dan Qur'an.").isEmpty());
    }

    @Test
    void demikianReattributesTheStatementBeforeIt() {
        Doc d = Seed.analyze("Kementerian Perhubungan memastikan tarif kereta tidak naik tahun depan. "
                + "Demikian disampaikan oleh Menteri Perhubungan (Menhub) Risal Wasal. "
                + "\"Hentikan tambang ilegal sekarang,\" demikian tulisan pada salah satu poster di depan kantor bupati.", "2024-03-07");
        assertEquals("Risal Wasal", speaker(d, quote(d, "tarif kereta tidak naik")));
        Quote banner = quote(d, "Hentikan tambang ilegal");
        assertNull(banner.speaker(), "a banner says it, nobody named");
        assertEquals("demikian", banner.cue().text());
    }

    @Test
    void aPhraseQuotedTwiceIsOneQuote() {
        Doc d = Seed.analyze("Hakim menafsirkan frasa \"bebas dari segala bentuk pungutan di sekolah\" secara luas. "
                + "Frasa \"bebas dari segala bentuk pungutan di sekolah\" kini berlaku bagi sekolah swasta.", "2024-03-07");
        assertEquals(1, d.quotes().stream().filter(q -> q.text().startsWith("bebas dari segala bentuk pungutan")).count());
    }

    @Test
    void theSpeakerJustQuotedContinuesPastTheNominalOfItsOwnAttribution() {
        Doc d = Seed.analyze("Gubernur Jawa Tengah Ganjar Pranowo mengkritik rencana itu. "
                + "\"Pajak ini akan mematikan usaha kecil,\" ketua Partai Banteng itu menulis di akun media sosialnya.\n"
                + "\"Kami tidak akan diam,\" sambungnya.", "2021-02-20");
        assertEquals("Ganjar Pranowo", speaker(d, quote(d, "Kami tidak akan diam")));
    }
}
