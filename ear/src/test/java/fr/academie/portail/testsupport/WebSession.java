package fr.academie.portail.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/** A person's browser session without a browser: cookies kept, Faces forms filled and posted. */
public final class WebSession {

    private static final String CSP_NONCE = "primefaces.nonce";

    private final Connection session = Jsoup.newSession().followRedirects(true).ignoreHttpErrors(true);
    private Document page;

    /**
     * Opens a page as a person does from the portal: a protected page reached by its address is
     * shown « à ouvrir depuis le portail », whose link (with the session's token) is then followed.
     */
    public Document open(String path) {
        try {
            page = session.newRequest(Portal.url(path)).get();
            if (page.location().contains("/erreur/page-protegee.xhtml") && page.getElementById("ouvrir") != null) {
                page = session.newRequest(page.getElementById("ouvrir").absUrl("href")).get();
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signs in through the login page, as a person does, with the second factor of the demo's
     * privileged accounts when the portal asks for it.
     */
    public Document signIn(String login, String password) {
        open("connexion.xhtml");
        submit("connexion", "seConnecter", "identifiant", login, "motDePasse", password);
        if (location().startsWith("/deuxieme-facteur.xhtml") && DemoSecondFactor.concerns(login)) {
            submit("facteur", "valider", "code", DemoSecondFactor.nextCode(login));
        }
        return page;
    }

    /** Fills the Faces form {@code formId} of the current page and presses its button {@code buttonId}. */
    public Document submit(String formId, String buttonId, String... fieldsAndValues) {
        FormElement form = (FormElement) page.getElementById(formId);
        if (form == null) {
            throw new AssertionError("Formulaire « " + formId + " » absent de " + page.location() + " :\n" + page.text());
        }
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form.select("[name=\"" + formId + ":" + fieldsAndValues[i] + "\"]").val(fieldsAndValues[i + 1]);
        }
        try {
            // Faces runs the action of the button whose name is posted, as a browser posts it
            page = session.newRequest(form.absUrl("action"))
                    .data(form.formData())
                    .data(formId + ":" + buttonId, "")
                    .data(CSP_NONCE, nonce())
                    .post();
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends an Ajax request of the form {@code formId} as PrimeFaces' script would, with extra
     * parameters (a table's paging, say): the partial response's status and text.
     */
    public Connection.Response ajax(String formId, String source, String... extraParameters) {
        FormElement form = (FormElement) page.getElementById(formId);
        if (form == null) {
            throw new AssertionError("Formulaire « " + formId + " » absent de " + page.location());
        }
        try {
            Connection request = session.newRequest(form.absUrl("action")).data(form.formData()).data(CSP_NONCE, nonce())
                    .data("jakarta.faces.partial.ajax", "true").data("jakarta.faces.source", source)
                    .data("jakarta.faces.partial.execute", source).data("jakarta.faces.partial.render", source)
                    .header("Faces-Request", "partial/ajax").ignoreContentType(true).method(Connection.Method.POST);
            for (int i = 0; i < extraParameters.length; i += 2) {
                request.data(extraParameters[i], extraParameters[i + 1]);
            }
            return request.execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Presses a download button of the form {@code formId}: the file's content, as text. */
    public String download(String formId, String buttonId) {
        FormElement form = (FormElement) page.getElementById(formId);
        if (form == null) {
            throw new AssertionError("Formulaire « " + formId + " » absent de " + page.location() + " :\n" + page.text());
        }
        try {
            return session.newRequest(form.absUrl("action")).data(form.formData()).data(formId + ":" + buttonId, "")
                    .data(CSP_NONCE, nonce()).ignoreContentType(true).method(Connection.Method.POST).execute().body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's CSP nonce, which PrimeFaces' script adds to every form it posts (and refuses a
     * post without): a browser without JavaScript must send it as the script would.
     */
    private String nonce() {
        Element script = page.selectFirst("script[nonce]");
        return script == null ? "" : script.attr("nonce");
    }

    /** A browser showing the same page, without this one's cookies (a session that expired meanwhile). */
    public WebSession withoutCookies() {
        WebSession other = new WebSession();
        other.page = page;
        return other;
    }

    /** The value of a cookie the server gave this session, or null. */
    public String cookie(String name) {
        return session.cookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public Document page() {
        return page;
    }

    /** The page's address after redirects, without the context. */
    public String location() {
        return page.location().substring(Portal.baseUrl().length() - 1);
    }
}
