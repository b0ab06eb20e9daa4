package fr.academie.portail.testsupport;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment of every system test: the EAR the build made, not one assembled class by class. */
public final class RealEar {

    private static final String WAR = "portail-web.war";

    private RealEar() {
    }

    /** The EAR exactly as built: for tests that talk to it over HTTP. */
    public static EnterpriseArchive asBuilt() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    /** The EAR with the given test classes (and AssertJ) added to its WAR, which runs them. */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = asBuilt();
        WebArchive war = ShrinkWrap.create(ZipImporter.class, WAR).importFrom(extract(ear)).as(WebArchive.class);
        war.addClasses(testClasses);
        war.addClass(RealEar.class);
        war.addAsLibrary(jarOf(Assertions.class));
        ear.delete(WAR);
        ear.addAsModule(Testable.archiveToTest(war));
        return ear;
    }

    private static File earFile() {
        File ear = new File(System.getProperty("portail.ear", "target/portail.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("EAR introuvable : " + ear + " (lancer les tests par mvn verify)");
        }
        return ear;
    }

    private static File extract(EnterpriseArchive ear) {
        try {
            File war = File.createTempFile("portail-web", ".war");
            war.deleteOnExit();
            ear.getAsType(WebArchive.class, WAR).as(org.jboss.shrinkwrap.api.exporter.ZipExporter.class)
                    .exportTo(war, true);
            return war;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
