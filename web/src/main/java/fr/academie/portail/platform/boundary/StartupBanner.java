package fr.academie.portail.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Tells whoever started the server where the portal answers. */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());
    private static final int HTTP_PORT = 8080;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        int port = Integer.getInteger("jboss.http.port", HTTP_PORT) + offset;
        LOG.info(() -> "Portail académique : http://localhost:" + port + event.getServletContext().getContextPath() + "/");
    }
}
