package fr.academie.portail.platform.boundary;

import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A refusal is an audit line — who asked for what, from where — never a stack trace: the
 * helpdesk reads it on the account's page, and a log line is all the server's log gets.
 */
@ApplicationScoped
public class AccessRefusals {

    private static final int DETAIL_MAX = 500;

    @Inject
    AuditTrail audit;

    public void record(HttpServletRequest request, String uri) {
        String caller = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        audit.record(caller, AuditAction.ACCESS_REFUSED, caller, detail(request.getMethod(), uri), request.getRemoteAddr());
    }

    /** What was asked, cut to the audit's column and free of control characters. */
    static String detail(String method, String what) {
        String text = (method + " " + what).replaceAll("\\p{Cntrl}", "?");
        return text.length() <= DETAIL_MAX ? text : text.substring(0, DETAIL_MAX);
    }
}
