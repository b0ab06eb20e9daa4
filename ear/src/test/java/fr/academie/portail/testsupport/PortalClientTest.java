package fr.academie.portail.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A black-box system test: the EAR as built, deployed on the test server and spoken to over HTTP
 * only, once the first start's demo data is in place.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PortalClientTest {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return RealEar.asBuilt();
    }

    @BeforeAll
    static void demoData() {
        Portal.awaitDemoData();
    }
}
