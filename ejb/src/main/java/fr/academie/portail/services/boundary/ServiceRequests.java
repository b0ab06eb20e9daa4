package fr.academie.portail.services.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.AccountStatus;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.messages.boundary.Messages;
import fr.academie.portail.platform.control.WebAddress;
import fr.academie.portail.services.boundary.ServiceRequestException.Reason;
import fr.academie.portail.services.control.AttachmentPolicy;
import fr.academie.portail.services.control.FieldError;
import fr.academie.portail.services.control.Recipients;
import fr.academie.portail.services.control.RequestForm;
import fr.academie.portail.services.control.RequestReference;
import fr.academie.portail.services.control.RequestWorkflow;
import fr.academie.portail.services.control.SchoolLevel;
import fr.academie.portail.services.control.ServiceMessages;
import fr.academie.portail.services.control.SlaClock;
import fr.academie.portail.services.control.Transition;
import fr.academie.portail.services.entity.Actor;
import fr.academie.portail.services.entity.AttachmentDescription;
import fr.academie.portail.services.entity.CollaborativeService;
import fr.academie.portail.services.entity.FormField;
import fr.academie.portail.services.entity.InstancePolicy;
import fr.academie.portail.services.entity.RequestAttachment;
import fr.academie.portail.services.entity.RequestKind;
import fr.academie.portail.services.entity.RequestState;
import fr.academie.portail.services.entity.ServiceLevelTarget;
import fr.academie.portail.services.entity.ServiceOffer;
import fr.academie.portail.services.entity.ServiceRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * « Demandes de mise en place »: a school asks for a service of the catalogue (or suggests one),
 * the assistance takes the request and forwards it, the DSI installs the instance and accompanies
 * the school. Every move is checked against {@link RequestWorkflow}, recorded, and mailed to the
 * people it concerns once committed.
 */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class ServiceRequests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int EXPORT_MAX = 100_000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Event<RequestNotice> notices;

    @Inject
    Messages inbox;

    @Inject
    @ConfigProperty(name = "portail.mail.domain", defaultValue = "ac-paris.fr")
    String mailDomain;

    @Inject
    @ConfigProperty(name = "portail.mail.assistance", defaultValue = "assistance@ac-paris.fr")
    String assistanceMailbox;

    @Inject
    @ConfigProperty(name = "portail.mail.dsi", defaultValue = "dsi@ac-paris.fr")
    String dsiMailbox;

    @Inject
    @ConfigProperty(name = "portail.base-url", defaultValue = "http://localhost:8080/portail/")
    String baseUrl;

    Clock clock = Clock.systemUTC();

    /** Submits a request for the caller's establishment, or a suggestion. */
    public RequestDetails submit(NewRequest asked) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PARIS);
        Account caller = callerAccount();
        Establishment establishment = caller.getAgent().getEstablishment();
        Actor requestedAs = session.isCallerInRole(Role.Names.CHEF_ETABLISSEMENT) ? Actor.CHEF_ETABLISSEMENT : Actor.DEMANDEUR;
        List<FieldError> errors = new ArrayList<>();
        RequestForm.checkLongText("precisions", "Précisions", asked.details()).ifPresent(errors::add);

        CollaborativeService service = null;
        RequestForm.Checked form = RequestForm.check(List.of(), Map.of(), today);
        String subject = asked.subject();
        if (asked.service() == null || asked.service().isBlank()) {
            RequestForm.checkSubject(subject).ifPresent(errors::add);
            if (asked.fields() != null && !asked.fields().isEmpty()) {
                errors.add(FieldError.of("service", "demande.suggestion.sansService"));
            }
        } else {
            service = Optional.ofNullable(em.find(CollaborativeService.class, asked.service().strip().toUpperCase(Locale.ROOT)))
                    .orElseThrow(() -> invalid("demande.service.inconnu", asked.service()));
            if (service.getInstancePolicy() == InstancePolicy.SELF_SERVICE) {
                throw invalid("demande.service.sansDemande", service.getName());
            }
            if (service.getOffer() != ServiceOffer.OFFERED) {
                throw invalid("demande.service.suspendu", service.getName());
            }
            if (!SchoolLevel.of(establishment.getKind()).mayAskFor(service.getAudience())) {
                throw invalid("demande.service.public", service.getName(), establishment.getName());
            }
            if (subject == null || subject.isBlank()) {
                subject = "Demande " + service.getName();
            }
            RequestForm.checkSubject(subject).ifPresent(errors::add);
            form = RequestForm.check(service.getFields(), asked.fields(), today);
            errors.addAll(form.errors());
            errors.addAll(unknownLogins(service.getFields(), form.logins()));
        }
        if (!errors.isEmpty()) {
            Map<String, String> byField = new LinkedHashMap<>();
            errors.forEach(error -> byField.putIfAbsent(error.field(), error.message()));
            throw new ServiceRequestException(Reason.INVALID, errors.stream().map(FieldError::message).toList(), byField);
        }
        if (service != null && service.getInstancePolicy() == InstancePolicy.ONE_PER_ESTABLISHMENT) {
            refuseSecondInstance(service, establishment, today);
        }
        ServiceRequest request = new ServiceRequest(service == null ? RequestKind.SUGGESTION : RequestKind.DEMANDE,
                service, establishment, caller.getLogin(), fullName(caller), requestedAs, subject.strip(),
                blankToNull(asked.details()), form.values(), form.expiresOn(), now);
        em.persist(request);
        request.recordSubmission(caller.getLogin(), requestedAs);
        em.flush();
        tell(request, requestedAs, caller.getLogin(), null);
        return details(request, actorsOf(request));
    }

    public RequestDetails find(long id) {
        ServiceRequest request = visible(id);
        return details(request, actorsOf(request));
    }

    /** Makes a move on a request, if the workflow allows it to the caller, in the request's state. */
    public RequestDetails move(long id, TransitionInput input) {
        Transition transition = parseTransition(input.transition());
        ServiceRequest request = visible(id);
        if (input.expectedVersion() != null && input.expectedVersion() != request.getVersion()) {
            throw new ServiceRequestException(Reason.CONFLICT, ServiceMessages.format("demande.conflit"));
        }
        Set<Actor> actors = actorsOf(request);
        RequestWorkflow.Decision decision = RequestWorkflow.decide(transition, request.getKind(), request.getState(),
                request.getResumeState(), actors);
        if (!decision.allowed()) {
            Reason reason = "transition.interdite".equals(decision.refusalKey()) ? Reason.FORBIDDEN : Reason.CONFLICT;
            throw new ServiceRequestException(reason, ServiceMessages.format(decision.refusalKey()));
        }
        String comment = blankToNull(input.comment());
        List<String> errors = new ArrayList<>();
        if (RequestWorkflow.needsComment(transition) && comment == null) {
            errors.add(ServiceMessages.format("transition.commentaire"));
        }
        RequestForm.checkLongText("commentaire", "Commentaire", comment).map(FieldError::message).ifPresent(errors::add);
        if (transition == Transition.DECLARER_INSTALLEE) {
            String url = blankToNull(input.instanceUrl());
            if (url == null || url.length() > 500 || !WebAddress.isHttp(url)) {
                errors.add(ServiceMessages.format("transition.adresse"));
            }
            if (input.accessDetails() != null && input.accessDetails().length() > 2000) {
                errors.add("Les informations d'accès dépassent 2000 caractères.");
            } else {
                RequestForm.checkLongText("acces", "Informations d'accès", input.accessDetails())
                        .map(FieldError::message).ifPresent(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            throw new ServiceRequestException(Reason.INVALID, errors);
        }
        if (transition == Transition.DECLARER_INSTALLEE) {
            request.recordInstance(input.instanceUrl().strip(), blankToNull(input.accessDetails()));
        }
        String login = callerLogin();
        request.move(decision.to(), transition.name(), login, decision.as(), comment, clock.instant());
        flush();
        tell(request, decision.as(), login, comment);
        return details(request, actors);
    }

    /** Adds a message to the request's thread. */
    public RequestDetails comment(long id, String text) {
        ServiceRequest request = visible(id);
        String body = blankToNull(text);
        if (body == null) {
            throw new ServiceRequestException(Reason.INVALID, ServiceMessages.format("commentaire.vide"));
        }
        RequestForm.checkLongText("commentaire", "Commentaire", body).ifPresent(error -> {
            throw new ServiceRequestException(Reason.INVALID, error.message());
        });
        Set<Actor> actors = actorsOf(request);
        request.comment(callerLogin(), mainPart(actors), body, clock.instant());
        flush();
        return details(request, actors);
    }

    /** Joins a file to the request, once {@link AttachmentPolicy} accepts it. */
    public AttachmentDescription attach(long id, String fileName, byte[] content) {
        ServiceRequest request = visible(id);
        long joined = em.createQuery("select count(a) from RequestAttachment a where a.request = :r", Long.class)
                .setParameter("r", request).getSingleResult();
        AttachmentPolicy.Decision decision = AttachmentPolicy.check(fileName, content, (int) joined);
        AttachmentPolicy.Accepted file = decision.accepted().orElseThrow(() -> new ServiceRequestException(
                Reason.INVALID, ServiceMessages.format(decision.refusalKey())));
        RequestAttachment attachment = new RequestAttachment(request, clock.instant(), callerLogin(), file.fileName(),
                file.mediaType(), content);
        em.persist(attachment);
        em.flush();
        return new AttachmentDescription(attachment.getId(), file.fileName(), file.mediaType(), content.length,
                callerLogin(), clock.instant());
    }

    public RequestAttachment attachment(long id, long attachmentId) {
        ServiceRequest request = visible(id);
        RequestAttachment attachment = em.find(RequestAttachment.class, attachmentId);
        if (attachment == null || !attachment.getRequest().getId().equals(request.getId())) {
            throw notFound();
        }
        return attachment;
    }

    /** The caller's own requests and, for a head, every request of their establishment; newest first. */
    public List<QueueRow> mine() {
        Account caller = callerAccount();
        TypedQuery<ServiceRequest> query;
        if (session.isCallerInRole(Role.Names.CHEF_ETABLISSEMENT)) {
            query = em.createQuery("""
                    select r from ServiceRequest r left join fetch r.service join fetch r.establishment
                    where r.requesterLogin = :login or r.establishment = :establishment
                    order by r.submittedAt desc, r.id desc""", ServiceRequest.class)
                    .setParameter("establishment", caller.getAgent().getEstablishment());
        } else {
            query = em.createQuery("""
                    select r from ServiceRequest r left join fetch r.service join fetch r.establishment
                    where r.requesterLogin = :login order by r.submittedAt desc, r.id desc""", ServiceRequest.class);
        }
        return rows(query.setParameter("login", caller.getLogin()).setMaxResults(500).getResultList());
    }

    /** The assistance's and the DSI's queue: oldest first, the page asked for. */
    @RolesAllowed({Role.Names.ASSISTANCE, Role.Names.DSI})
    public List<QueueRow> queue(QueueFilter filter, int first, int pageSize) {
        return rows(filtered(filter, "select r from ServiceRequest r left join fetch r.service join fetch r.establishment",
                " order by r.submittedAt, r.id", ServiceRequest.class)
                .setFirstResult(first).setMaxResults(pageSize).getResultList());
    }

    @RolesAllowed({Role.Names.ASSISTANCE, Role.Names.DSI})
    public long count(QueueFilter filter) {
        return filtered(filter, "select count(r) from ServiceRequest r", "", Long.class)
                .getSingleResult();
    }

    /** Every line of the filtered queue, for an export (a hundred thousand at most). */
    @RolesAllowed({Role.Names.ASSISTANCE, Role.Names.DSI})
    public List<QueueRow> export(QueueFilter filter) {
        return queue(filter, 0, EXPORT_MAX);
    }

    /** Installed instances whose validity ends within {@code days} (Cybercarnets at the end of June...). */
    @RolesAllowed(Role.Names.DSI)
    public List<QueueRow> expiringWithin(int days) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        return rows(em.createQuery("""
                select r from ServiceRequest r left join fetch r.service join fetch r.establishment
                where r.installedAt is not null and r.state in :installed
                  and r.expiresOn >= :today and r.expiresOn <= :limit
                order by r.expiresOn, r.id""", ServiceRequest.class)
                .setParameter("installed", EnumSet.of(RequestState.INSTALLEE, RequestState.ACCOMPAGNEMENT, RequestState.CLOSE))
                .setParameter("today", today).setParameter("limit", today.plusDays(days)).getResultList());
    }

    // --- who may see and do what

    private ServiceRequest visible(long id) {
        ServiceRequest request = em.find(ServiceRequest.class, id);
        if (request == null || actorsOf(request).isEmpty()) {
            throw notFound();
        }
        return request;
    }

    private Set<Actor> actorsOf(ServiceRequest request) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        String login = callerLogin();
        if (request.getRequesterLogin().equals(login)) {
            actors.add(Actor.DEMANDEUR);
        }
        if (session.isCallerInRole(Role.Names.CHEF_ETABLISSEMENT)
                && callerAccount().getAgent().getEstablishment().getId().equals(request.getEstablishment().getId())) {
            actors.add(Actor.CHEF_ETABLISSEMENT);
        }
        if (session.isCallerInRole(Role.Names.ASSISTANCE)) {
            actors.add(Actor.ASSISTANCE);
        }
        if (session.isCallerInRole(Role.Names.DSI)) {
            actors.add(Actor.DSI);
        }
        return actors;
    }

    /** The part a person plays in the thread: the team before the school. */
    private static Actor mainPart(Set<Actor> actors) {
        for (Actor part : List.of(Actor.DSI, Actor.ASSISTANCE, Actor.CHEF_ETABLISSEMENT, Actor.DEMANDEUR)) {
            if (actors.contains(part)) {
                return part;
            }
        }
        throw new IllegalStateException("No part on this request");
    }

    // --- checks of a submission

    private List<FieldError> unknownLogins(List<FormField> fields, Map<String, Set<String>> logins) {
        Set<String> all = new TreeSet<>();
        logins.values().forEach(all::addAll);
        if (all.isEmpty()) {
            return List.of();
        }
        Set<String> known = new TreeSet<>(em.createQuery(
                        "select a.login from Account a where a.login in :logins and a.status = :active", String.class)
                .setParameter("logins", all).setParameter("active", AccountStatus.ACTIVE).getResultList());
        Map<String, String> labels = new HashMap<>();
        fields.forEach(field -> labels.put(field.getCode(), field.getLabel()));
        List<FieldError> errors = new ArrayList<>();
        logins.forEach((field, wanted) -> wanted.stream().filter(login -> !known.contains(login))
                .forEach(login -> errors.add(FieldError.of(field, "champ.identifiant.inconnu", labels.get(field), login))));
        return errors;
    }

    /**
     * One instance per establishment: a second request is refused while one is being handled or
     * an installed one is still valid. The establishment's row is locked so that two requests sent
     * at the same moment cannot both pass.
     */
    private void refuseSecondInstance(CollaborativeService service, Establishment establishment, LocalDate today) {
        em.lock(establishment, LockModeType.PESSIMISTIC_WRITE);
        List<ServiceRequest> existing = em.createQuery("""
                select r from ServiceRequest r where r.service = :service and r.establishment = :establishment
                  and (r.state in :open or (r.installedAt is not null and r.state in :installed
                       and (r.expiresOn is null or r.expiresOn >= :today)))
                order by r.submittedAt desc""", ServiceRequest.class)
                .setParameter("service", service).setParameter("establishment", establishment)
                .setParameter("open", RequestState.OPEN)
                .setParameter("installed", EnumSet.of(RequestState.INSTALLEE, RequestState.ACCOMPAGNEMENT, RequestState.CLOSE))
                .setParameter("today", today).setMaxResults(1).getResultList();
        if (!existing.isEmpty()) {
            ServiceRequest other = existing.get(0);
            String reference = reference(other);
            String message = other.getInstalledAt() != null
                    ? ServiceMessages.format("demande.dejaInstallee", service.getName(), other.getInstanceUrl(), reference)
                    : ServiceMessages.format("demande.dejaEnCours", service.getName(), reference);
            throw new ServiceRequestException(Reason.CONFLICT, message);
        }
    }

    // --- e-mails

    private void tell(ServiceRequest request, Actor as, String actorLogin, String comment) {
        List<String> heads = em.createQuery("""
                        select a.login from Account a join a.roles role
                        where role = :head and a.agent.establishment = :establishment and a.status = :active""", String.class)
                .setParameter("head", Role.CHEF_ETABLISSEMENT).setParameter("establishment", request.getEstablishment())
                .setParameter("active", AccountStatus.ACTIVE).getResultList();
        Set<String> to = Recipients.of(request.getState(), as, request.getRequesterLogin(), request.getRequestedAs(), heads,
                actorLogin, new Recipients.Addresses(assistanceMailbox, dsiMailbox, mailDomain));
        String reference = reference(request);
        String state = ServiceMessages.format("etat." + request.getState());
        String what = request.getService() == null ? "Suggestion" : request.getService().getName();
        String extra = (comment == null ? "" : ServiceMessages.format("mail.commentaire", actorLogin, comment))
                + (request.getState() == RequestState.INSTALLEE
                ? ServiceMessages.format("mail.instance", request.getInstanceUrl()) : "");
        String link = baseUrl + "services/suivi.xhtml?id=" + request.getId();
        String subject = ServiceMessages.format("mail.sujet", reference, state);
        String body = ServiceMessages.format("mail.corps", reference, request.getSubject(), what,
                request.getEstablishment().getName(), state, extra, link);
        notices.fire(new RequestNotice(reference, to, subject, body));
        // the same news in the portal's inbox of the people concerned (the teams read their queues)
        inbox.notify(ServiceMessages.format("expediteur"), ServiceMessages.format("message.sujet", reference, state), body,
                Recipients.people(request.getState(), request.getRequesterLogin(), request.getRequestedAs(), heads, actorLogin));
    }

    // --- reading

    private <T> TypedQuery<T> filtered(QueueFilter filter, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        QueueFilter f = filter == null ? QueueFilter.everything() : filter;
        if (f.states() != null && !f.states().isEmpty()) {
            where.append(" and r.state in :states");
            parameters.put("states", f.states());
        }
        if (f.service() != null && !f.service().isBlank()) {
            where.append(" and r.service.code = :service");
            parameters.put("service", f.service().strip().toUpperCase(Locale.ROOT));
        }
        if (f.establishment() != null && !f.establishment().isBlank()) {
            where.append(" and (upper(r.establishment.uai) = :uai or lower(r.establishment.name) like :name)");
            String wanted = f.establishment().strip();
            parameters.put("uai", wanted.toUpperCase(Locale.ROOT));
            parameters.put("name", "%" + wanted.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (f.text() != null && !f.text().isBlank()) {
            Optional<Long> id = RequestReference.idOf(f.text());
            if (id.isPresent()) {
                where.append(" and r.id = :id");
                parameters.put("id", id.get());
            } else {
                where.append(" and lower(r.subject) like :words");
                parameters.put("words", "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
            }
        }
        if (f.olderThanDays() != null && f.olderThanDays() > 0) {
            where.append(" and r.submittedAt <= :before");
            parameters.put("before", clock.instant().minus(Duration.ofDays(f.olderThanDays())));
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private List<QueueRow> rows(List<ServiceRequest> requests) {
        SlaClock sla = slaClock();
        Instant now = clock.instant();
        return requests.stream().map(r -> new QueueRow(r.getId(), reference(r), r.getKind(),
                r.getService() == null ? null : r.getService().getCode(),
                r.getService() == null ? null : r.getService().getName(),
                r.getEstablishment().getName(), r.getEstablishment().getUai(), r.getRequesterName(), r.getSubject(),
                r.getState(), r.getSubmittedAt(), sla.read(timeline(r), now).status(), r.getInstanceUrl(),
                r.getExpiresOn())).toList();
    }

    private RequestDetails details(ServiceRequest r, Set<Actor> actors) {
        SlaClock clockOfTargets = slaClock();
        ServiceLevelTarget targets = em.find(ServiceLevelTarget.class, ServiceLevelTarget.THE_ONLY_ONE);
        SlaClock.Reading reading = clockOfTargets.read(timeline(r), clock.instant());
        List<RequestDetails.Field> fields = new ArrayList<>();
        if (r.getService() != null) {
            Map<String, String> values = r.getValues();
            for (FormField field : r.getService().getFields()) {
                if (values.containsKey(field.getCode())) {
                    fields.add(new RequestDetails.Field(field.getCode(), field.getLabel(), field.getKind().name(),
                            values.get(field.getCode())));
                }
            }
        }
        List<RequestDetails.Event> events = r.getEvents().stream().map(e -> new RequestDetails.Event(e.getOccurredAt(),
                e.getActorLogin(), e.getActorRole(), e.getTransition(), e.getFromState(), e.getToState(), e.getNote())).toList();
        List<RequestDetails.Comment> comments = r.getComments().stream().map(c -> new RequestDetails.Comment(
                c.getWrittenAt(), c.getAuthorLogin(), c.getAuthorRole(), c.getBody())).toList();
        List<AttachmentDescription> attachments = em.createNamedQuery(RequestAttachment.DESCRIPTIONS,
                AttachmentDescription.class).setParameter("request", r.getId()).getResultList();
        List<String> transitions = RequestWorkflow.available(r.getKind(), r.getState(), actors).stream()
                .map(Transition::name).toList();
        RequestDetails.Sla sla = new RequestDetails.Sla(reading.status(), reading.takeCharge().toHours(),
                reading.install() == null ? null : reading.install().toHours(), targets.getTakeChargeHours(),
                targets.getInstallDays(), reading.takeChargeMet(), reading.installMet());
        Establishment e = r.getEstablishment();
        return new RequestDetails(r.getId(), reference(r), r.getKind(),
                r.getService() == null ? null : r.getService().getCode(),
                r.getService() == null ? null : r.getService().getName(), e.getUai(), e.getName(), e.getCommune(),
                r.getRequesterLogin(), r.getRequesterName(), r.getRequestedAs(), r.getSubject(), r.getDetails(), fields,
                r.getState(), r.getSubmittedAt(), r.getTakenAt(), r.getInstalledAt(), r.getEndedAt(), r.getInstanceUrl(),
                r.getAccessDetails(), r.getExpiresOn(), sla, events, comments, attachments, transitions, r.getVersion());
    }

    private SlaClock slaClock() {
        ServiceLevelTarget targets = em.find(ServiceLevelTarget.class, ServiceLevelTarget.THE_ONLY_ONE);
        return new SlaClock(targets.takeCharge(), targets.install());
    }

    private static SlaClock.Timeline timeline(ServiceRequest r) {
        return new SlaClock.Timeline(r.getKind(), r.getState(), r.getSubmittedAt(), r.getTakenAt(), r.getInstalledAt(),
                r.getEndedAt(), r.getPausedSince(), r.getPausedSeconds());
    }

    private static String reference(ServiceRequest request) {
        return RequestReference.of(request.getId(), request.getSubmittedAt());
    }

    // --- small helpers

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ServiceRequestException(Reason.CONFLICT, ServiceMessages.format("demande.conflit"));
        }
    }

    private static Transition parseTransition(String name) {
        try {
            return Transition.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("transition.inconnue", name);
        }
    }

    private String callerLogin() {
        return session.getCallerPrincipal().getName();
    }

    private Account callerAccount() {
        return em.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", callerLogin())
                .getResultStream().findFirst()
                .orElseThrow(() -> new ServiceRequestException(Reason.FORBIDDEN, ServiceMessages.format("demande.sansEtablissement")));
    }

    private static String fullName(Account account) {
        var data = account.getAgent().getData();
        return data.prenom() + " " + data.nom();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ServiceRequestException invalid(String key, Object... arguments) {
        return new ServiceRequestException(Reason.INVALID, ServiceMessages.format(key, arguments));
    }

    private static ServiceRequestException notFound() {
        return new ServiceRequestException(Reason.NOT_FOUND, ServiceMessages.format("demande.introuvable"));
    }
}
