package fr.academie.portail.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/** A person's browser session without a browser: cookies kept, Faces forms filled and posted. */
public final class WebSession {

    private final Connection session = Jsoup.newSession().followRedirects(true).ignoreHttpErrors(true);
    private Document page;

    public Document open(String path) {
        try {
            page = session.newRequest(Portal.url(path)).get();
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                    .post();
            return page;
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
                    .ignoreContentType(true).method(Connection.Method.POST).execute().body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document page() {
        return page;
    }

    /** The page's address after redirects, without the context. */
    public String location() {
        return page.location().substring(Portal.baseUrl().length() - 1);
    }
}
