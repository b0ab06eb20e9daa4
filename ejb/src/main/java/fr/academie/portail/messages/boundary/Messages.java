package fr.academie.portail.messages.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.AccountStatus;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.messages.control.MessageDraft;
import fr.academie.portail.messages.entity.Message;
import fr.academie.portail.messages.entity.MessageDelivery;
import fr.academie.portail.messages.entity.TargetKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Messages to staff: HR and the DSI write to everyone, a corps, a discipline, an establishment or
 * named people; each recipient reads them in the portal (unread, read, archived) and gets an
 * e-mail copy. The portal's own workflows (service requests) deliver their news here too.
 */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class Messages {

    static final String HR_SENDER = "Rectorat — Ressources humaines";
    static final String DSI_SENDER = "Rectorat — Direction des systèmes d'information";
    private static final int INBOX_MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Event<MessageNotice> notices;

    @Inject
    @ConfigProperty(name = "portail.base-url", defaultValue = "http://localhost:8080/portail/")
    String baseUrl;

    Clock clock = Clock.systemUTC();

    /** HR or the DSI send a message; returns it with the number of people it reached. */
    @RolesAllowed({Role.Names.GESTIONNAIRE_RH, Role.Names.DSI})
    public Message send(String subject, String body, TargetKind kind, String value) {
        MessageDraft.Checked checked = MessageDraft.check(subject, body, kind, value);
        if (!checked.valid()) {
            throw new MessageRejectedException(String.join(" ", checked.errors()), false);
        }
        MessageDraft draft = checked.draft();
        if (draft.kind() == TargetKind.IDENTIFIANTS) {
            refuseUnknownLogins(draft.logins());
        }
        String sender = session.isCallerInRole(Role.Names.DSI) ? DSI_SENDER : HR_SENDER;
        Message message = deliver(sender, draft);
        if (message.getRecipients() == 0) {
            throw new MessageRejectedException("Aucun personnel en poste ne correspond à ces destinataires : message non envoyé.", false);
        }
        List<String> logins = em.createQuery("""
                select a.login from Account a, MessageDelivery d where d.accountId = a.id and d.messageId = :message""",
                String.class).setParameter("message", message.getId()).getResultList();
        notices.fire(new MessageNotice(message.getId(), logins, "[Portail académique] " + draft.subject(),
                draft.body() + "\n\n-- \n" + sender + "\nRetrouvez ce message dans votre portail : " + baseUrl
                        + "messages/boite.xhtml"));
        return message;
    }

    /** How many people a target reaches now: the writer sees it before sending. */
    @RolesAllowed({Role.Names.GESTIONNAIRE_RH, Role.Names.DSI})
    public long reach(TargetKind kind, String value) {
        MessageDraft.Checked checked = MessageDraft.check("-", "-", kind, value);
        if (!checked.valid()) {
            return 0;
        }
        Query count = em.createNativeQuery("SELECT COUNT(*) " + recipientsFrom(checked.draft(), 1));
        bind(count, checked.draft(), 1);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * A message from one of the portal's workflows to named people (no e-mail: the workflow sends
     * its own). Any signed-in caller may trigger one through the workflow that calls this.
     */
    @PermitAll
    public void notify(String sender, String subject, String body, Collection<String> logins) {
        if (logins.isEmpty()) {
            return;
        }
        MessageDraft.Checked checked = MessageDraft.check(subject, body, TargetKind.IDENTIFIANTS, String.join(",", logins));
        if (checked.valid()) {
            deliver(sender, checked.draft());
        }
    }

    /** The values HR writes to: the corps and disciplines of the staff in post. */
    @RolesAllowed({Role.Names.GESTIONNAIRE_RH, Role.Names.DSI})
    public List<String> values(TargetKind kind) {
        String column = switch (kind) {
            case CORPS -> "a.data.corps";
            case DISCIPLINE -> "a.data.discipline";
            default -> throw new IllegalArgumentException(kind.name());
        };
        return em.createQuery("select distinct " + column + " from Agent a where " + column + " is not null order by 1",
                String.class).getResultList();
    }

    /** The establishments HR may write to, by name. */
    @RolesAllowed({Role.Names.GESTIONNAIRE_RH, Role.Names.DSI})
    public List<EstablishmentChoice> establishments() {
        return em.createQuery("""
                select new fr.academie.portail.messages.boundary.EstablishmentChoice(e.uai, e.name, e.commune)
                from Establishment e order by e.name""", EstablishmentChoice.class).getResultList();
    }

    @RolesAllowed({Role.Names.GESTIONNAIRE_RH, Role.Names.DSI})
    public List<Message> sentLately() {
        return em.createQuery("select m from Message m order by m.sentAt desc, m.id desc", Message.class)
                .setMaxResults(50).getResultList();
    }

    // --- the recipient's side

    public List<InboxLine> inbox(boolean archived) {
        return em.createQuery("""
                        select new fr.academie.portail.messages.boundary.InboxLine(m.id, m.sentAt, m.sender, m.subject, m.body,
                               d.readAt is not null, d.archivedAt is not null)
                        from MessageDelivery d, Message m
                        where d.messageId = m.id and d.accountId = :account and d.archivedAt is %s
                        order by m.sentAt desc, m.id desc""".formatted(archived ? "not null" : "null"), InboxLine.class)
                .setParameter("account", callerAccountId())
                .setMaxResults(INBOX_MAX).getResultList();
    }

    public long unread() {
        return em.createQuery("""
                select count(d) from MessageDelivery d
                where d.accountId = :account and d.readAt is null and d.archivedAt is null""", Long.class)
                .setParameter("account", callerAccountId()).getSingleResult();
    }

    /** Opens one of the caller's messages: it is read from now on. */
    public InboxLine open(long messageId) {
        MessageDelivery delivery = delivery(messageId);
        delivery.markRead(clock.instant());
        Message m = em.find(Message.class, messageId);
        return new InboxLine(m.getId(), m.getSentAt(), m.getSender(), m.getSubject(), m.getBody(), true,
                delivery.isArchived());
    }

    public void archive(long messageId, boolean archived) {
        MessageDelivery delivery = delivery(messageId);
        delivery.archive(archived ? clock.instant() : null);
        delivery.markRead(clock.instant());
    }

    // --- inside

    private Message deliver(String sender, MessageDraft draft) {
        Message message = new Message(clock.instant(), callerLoginOr("portail"), sender, draft.subject(), draft.body(),
                draft.kind(), draft.value());
        em.persist(message);
        em.flush();
        Query fanOut = em.createNativeQuery("INSERT INTO message_delivery (message_id, account_id) SELECT ?1, ac.id "
                + recipientsFrom(draft, 2));
        fanOut.setParameter(1, message.getId());
        bind(fanOut, draft, 2);
        message.delivered(fanOut.executeUpdate());
        return message;
    }

    /** FROM and WHERE of the people in post a draft reaches; its value(s) are the parameters from {@code first} on. */
    private static String recipientsFrom(MessageDraft draft, int first) {
        String from = "FROM account ac JOIN agent a ON a.id = ac.agent_id JOIN establishment e ON e.id = a.establishment_id "
                + "WHERE ac.status = 'ACTIVE'";
        return from + switch (draft.kind()) {
            case TOUS -> "";
            case CORPS -> " AND a.corps = ?" + first;
            case DISCIPLINE -> " AND a.discipline = ?" + first;
            case ETABLISSEMENT -> " AND e.uai = ?" + first;
            case IDENTIFIANTS -> " AND ac.login IN (" + placeholders(first, draft.logins().size()) + ")";
        };
    }

    private static String placeholders(int first, int count) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            marks.add("?" + (first + i));
        }
        return String.join(", ", marks);
    }

    /** Binds the draft's value(s) from parameter {@code first} on. */
    private static void bind(Query query, MessageDraft draft, int first) {
        switch (draft.kind()) {
            case TOUS -> {
                // nothing to bind
            }
            case IDENTIFIANTS -> {
                List<String> logins = draft.logins();
                for (int i = 0; i < logins.size(); i++) {
                    query.setParameter(first + i, logins.get(i));
                }
            }
            default -> query.setParameter(first, draft.value());
        }
    }

    private void refuseUnknownLogins(List<String> logins) {
        Set<String> known = new TreeSet<>(em.createQuery(
                        "select a.login from Account a where a.login in :logins and a.status = :active", String.class)
                .setParameter("logins", logins).setParameter("active", AccountStatus.ACTIVE).getResultList());
        List<String> unknown = logins.stream().filter(login -> !known.contains(login)).toList();
        if (!unknown.isEmpty()) {
            throw new MessageRejectedException("Aucun compte actif pour : " + String.join(", ", unknown) + ".", false);
        }
    }

    private MessageDelivery delivery(long messageId) {
        MessageDelivery delivery = em.find(MessageDelivery.class, new MessageDelivery.Key(messageId, callerAccountId()));
        if (delivery == null) {
            throw new MessageRejectedException("Message introuvable.", true);
        }
        return delivery;
    }

    private long callerAccountId() {
        return em.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", session.getCallerPrincipal().getName())
                .getResultStream().findFirst().map(Account::getId)
                .orElseThrow(() -> new MessageRejectedException("Aucun compte pour cette connexion.", true));
    }

    private String callerLoginOr(String fallback) {
        var principal = session.getCallerPrincipal();
        return principal == null || "anonymous".equals(principal.getName()) ? fallback : principal.getName();
    }
}
