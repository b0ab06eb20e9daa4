package fr.academie.portail.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's REST API, version 1: {@code /portail/api/v1/…}, HTTP Basic on every call, never the web session. */
@ApplicationPath("api/v1")
public class RestApplication extends Application {
}
