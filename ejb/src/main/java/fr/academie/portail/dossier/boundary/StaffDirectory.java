package fr.academie.portail.dossier.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.platform.boundary.AccessRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The staff lists of HR managers (every agent) and heads of establishment (their establishment's
 * staff only, whatever the filter asks): filtered, sorted and paged in the database.
 */
@Stateless
@RolesAllowed({Role.Names.GESTIONNAIRE_RH, Role.Names.CHEF_ETABLISSEMENT})
public class StaffDirectory {

    /** The sortable columns and the path each one sorts by. */
    private static final Map<String, String> SORTS = Map.of(
            "nom", "g.data.nom", "prenom", "g.data.prenom", "login", "a.login", "corps", "g.data.corps",
            "grade", "g.data.grade", "echelon", "g.data.echelon", "discipline", "g.data.discipline",
            "etablissement", "e.name", "commune", "e.commune");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public List<StaffRow> search(StaffFilter filter, int first, int size, String sortField, boolean ascending) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        String order = SORTS.getOrDefault(sortField, "g.data.nom");
        String direction = ascending ? " asc" : " desc";
        TypedQuery<StaffRow> query = em.createQuery("""
                select new fr.academie.portail.dossier.boundary.StaffRow(a.login, g.data.nom, g.data.prenom,
                  g.data.corps, g.data.grade, g.data.echelon, g.data.discipline, e.name, e.uai, e.commune, a.status)
                from Account a join a.agent g join g.establishment e""" + where
                + " order by " + order + direction + ", g.data.nom, g.data.prenom, a.login", StaffRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100_000)))
                .getResultList();
    }

    public long count(StaffFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery(
                "select count(a) from Account a join a.agent g join g.establishment e" + where(filter, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The values the list's drop-down filters offer, within the caller's scope. */
    public List<String> values(String field) {
        String path = switch (field) {
            case "corps" -> "g.data.corps";
            case "grade" -> "g.data.grade";
            case "discipline" -> "g.data.discipline";
            default -> throw new IllegalArgumentException(field);
        };
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<String> query = em.createQuery("select distinct " + path
                + " from Account a join a.agent g join g.establishment e" + where(StaffFilter.any(), parameters)
                + (parameters.isEmpty() ? " where " : " and ") + path + " is not null order by " + path, String.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private String where(StaffFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!session.isCallerInRole(Role.Names.GESTIONNAIRE_RH)) {
            conditions.add("e.uai = :scope");
            parameters.put("scope", callerUai());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(g.data.nom) like :text escape '\\' or lower(g.data.prenom) like :text escape '\\'"
                    + " or lower(a.login) like :text escape '\\')");
            parameters.put("text", escapeLike(filter.text().strip().toLowerCase(Locale.FRENCH)) + "%");
        }
        exact(conditions, parameters, "g.data.corps", "corps", filter.corps());
        exact(conditions, parameters, "g.data.grade", "grade", filter.grade());
        exact(conditions, parameters, "g.data.discipline", "discipline", filter.discipline());
        exact(conditions, parameters, "e.uai", "uai", filter.uai() == null ? null : filter.uai().strip().toUpperCase(Locale.ROOT));
        if (filter.active() != null) {
            conditions.add(filter.active() ? "a.status = fr.academie.portail.accounts.entity.AccountStatus.ACTIVE"
                    : "a.status <> fr.academie.portail.accounts.entity.AccountStatus.ACTIVE");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void exact(List<String> conditions, Map<String, Object> parameters, String path, String name,
            String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(path + " = :" + name);
            parameters.put(name, value);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String callerUai() {
        return em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", session.getCallerPrincipal().getName())
                .getResultStream().findFirst()
                .map(a -> a.getAgent().getEstablishment().getUai())
                .orElseThrow(() -> new AccessRefusedException("Aucun établissement pour ce compte"));
    }
}
