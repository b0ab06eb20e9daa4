package fr.academie.portail.tools;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.text.Normalizer;
import net.datafaker.Faker;

/**
 * Writes HR extracts (format v1) of any size with realistic French staff: names from datafaker's
 * French locale (so homonyms occur as they do in life), NUMEN of the right shape, careers that
 * fit the population (premier degré, second degré, administratifs).
 *
 * <p>Usage: {@code HrExtractGenerator <file> <rows> [seed]}.
 */
public final class HrExtractGenerator {

    public static final List<String> HEADER = List.of("numen", "civilite", "nom", "nom_naissance", "prenom",
            "date_naissance", "corps", "grade", "echelon", "date_echelon", "discipline", "uai", "fonction",
            "date_entree", "date_sortie", "email_perso");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate REFERENCE = LocalDate.of(2026, 9, 1);

    private static final List<String> SCHOOLS = List.of("0751120R", "0751467V", "0752023S", "0752205P", "0752811Y", "0753019Z");
    private static final List<String> SECONDARY = List.of("0750655E", "0750680G", "0750693W", "0750700D", "0750712S",
            "0751708Z", "0752536Z", "0752540D", "0752548M", "0752556W", "0752861C", "0753268V");
    private static final List<String> OFFICES = List.of("0754445X", "0754196B");
    private static final List<String> SUBJECTS = List.of("Lettres modernes", "Mathématiques", "Histoire-géographie",
            "Anglais", "Espagnol", "Allemand", "Physique-chimie", "Sciences de la vie et de la Terre",
            "Éducation physique et sportive", "Philosophie", "Sciences économiques et sociales", "Technologie",
            "Arts plastiques", "Éducation musicale", "Documentation");

    private final Faker faker;
    private final Random random;
    private final Set<String> numens = new HashSet<>();

    public HrExtractGenerator(long seed) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.FRENCH, random);
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026L;
        new HrExtractGenerator(seed).write(file, List.of(), rows);
    }

    /** Writes the given fixed lines first, then {@code generated} random ones. */
    public void write(Path file, List<List<String>> fixed, int generated) throws IOException {
        fixed.forEach(line -> numens.add(line.get(0)));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.LF).build(out)) {
            csv.writeRecord(HEADER);
            for (List<String> line : fixed) {
                csv.writeRecord(line);
            }
            for (int i = 0; i < generated; i++) {
                csv.writeRecord(randomLine());
            }
        }
    }

    public List<String> randomLine() {
        boolean woman = random.nextInt(100) < 70; // the profession is about 70 % women
        String firstName = woman ? faker.name().femaleFirstName() : faker.name().maleFirstName();
        String name = faker.name().lastName();
        String birthName = woman && random.nextInt(100) < 40 ? faker.name().lastName() : "";
        LocalDate birth = REFERENCE.minusYears(24 + random.nextInt(40)).minusDays(random.nextInt(365));
        LocalDate entry = birth.plusYears(22 + random.nextInt(6)).withMonth(9).withDayOfMonth(1);
        if (entry.isAfter(REFERENCE)) {
            entry = REFERENCE;
        }
        int years = REFERENCE.getYear() - entry.getYear();
        int population = random.nextInt(100);
        String letter;
        String corps;
        String grade;
        String discipline;
        String uai;
        String function;
        if (population < 30) {
            letter = "G";
            corps = "Professeur des écoles";
            discipline = "Premier degré";
            uai = pick(SCHOOLS);
            function = random.nextInt(20) == 0 ? "Directeur d'école" : "Enseignant";
        } else if (population < 92) {
            letter = "E";
            int kind = random.nextInt(100);
            corps = kind < 70 ? "Professeur certifié" : kind < 85 ? "Professeur agrégé"
                    : kind < 93 ? "Professeur de lycée professionnel" : "Conseiller principal d'éducation";
            discipline = corps.startsWith("Conseiller") ? "Éducation" : pick(SUBJECTS);
            uai = pick(SECONDARY);
            function = corps.startsWith("Conseiller") ? "Conseiller principal d'éducation" : "Enseignant";
        } else {
            letter = "A";
            corps = random.nextBoolean() ? "Attaché d'administration de l'État" : "Secrétaire administratif";
            discipline = "";
            uai = pick(OFFICES);
            function = "Gestionnaire administratif";
        }
        int echelon = Math.min(11, 1 + years / 3);
        grade = years > 25 && random.nextInt(3) == 0 ? "Hors classe" : "Classe normale";
        if (grade.equals("Hors classe")) {
            echelon = Math.min(6, 1 + random.nextInt(6));
        }
        LocalDate echelonDate = REFERENCE.minusDays(random.nextInt(4 * 365));
        String email = ascii(firstName) + "." + ascii(name) + random.nextInt(100) + "@example.org";
        return List.of(numen(letter, entry), woman ? "Mme" : "M.", name, birthName, firstName, DATE.format(birth),
                corps, grade, String.valueOf(echelon), DATE.format(echelonDate), discipline, uai, function,
                DATE.format(entry), "", email);
    }

    private String numen(String letter, LocalDate entry) {
        String numen;
        do {
            numen = "01" + letter + String.format("%02d", entry.getYear() % 100)
                    + String.format("%05d", random.nextInt(100_000))
                    + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        } while (!numens.add(numen));
        return numen;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    /** The demo extract shipped in the batch module: the README's people first, then generated staff. */
    public static final class Demo {
        public static void main(String[] args) throws IOException {
            List<List<String>> fixed = new ArrayList<>();
            fixed.add(List.of("01E0412345MPI", "Mme", "Pierrard", "Lemoine", "Martine", "12/03/1978", "Professeur certifié",
                    "Classe normale", "8", "01/09/2023", "Lettres modernes", "0750693W", "Enseignant", "01/09/2004", "",
                    "martine.pierrard@example.org"));
            fixed.add(List.of("01E0812345FDU", "M.", "Durand", "", "Florent", "04/07/1983", "Professeur agrégé",
                    "Classe normale", "6", "01/03/2024", "Mathématiques", "0750655E", "Enseignant", "01/09/2008", "",
                    "florent.durand@example.org"));
            fixed.add(List.of("01G1523456FDR", "M.", "Durand", "", "Florent", "22/11/1991", "Professeur des écoles",
                    "Classe normale", "4", "01/09/2024", "Premier degré", "0751120R", "Enseignant", "01/09/2015", "",
                    "f.durand91@example.org"));
            fixed.add(List.of("01E1134567ELF", "Mme", "Lefèvre", "", "Élise", "30/01/1988", "Professeur certifié",
                    "Classe normale", "5", "01/01/2025", "Histoire-géographie", "0752536Z", "Enseignant", "01/09/2011", "",
                    ""));
            fixed.add(List.of("01A0923456CMO", "Mme", "Moreau", "", "Claire", "17/05/1980", "Attaché d'administration de l'État",
                    "Classe normale", "7", "01/06/2023", "", "0754445X", "Gestionnaire RH", "01/09/2009", "", ""));
            fixed.add(List.of("01A1334567KBE", "M.", "Benali", "", "Karim", "09/09/1986", "Secrétaire administratif",
                    "Classe normale", "6", "01/02/2024", "", "0754445X", "Plateforme d'assistance", "01/09/2013", "", ""));
            fixed.add(List.of("01A0745678SLA", "Mme", "Lambert", "", "Sophie", "25/12/1979", "Ingénieur d'études",
                    "Classe normale", "8", "01/10/2022", "", "0754445X", "Direction des systèmes d'information",
                    "01/09/2007", "", ""));
            fixed.add(List.of("01E0056789PGA", "M.", "Garnier", "", "Philippe", "03/04/1970", "Personnel de direction",
                    "Hors classe", "3", "01/09/2022", "", "0752536Z", "Principal de collège", "01/09/2000", "", ""));
            new HrExtractGenerator(2026L).write(Path.of(args[0]), fixed, Integer.parseInt(args[1]));
        }
    }
}
